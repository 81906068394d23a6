from careerlog.cli import main

main()
