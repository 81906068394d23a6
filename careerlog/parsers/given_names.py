"""Given names, and words that are never a person's, for telling a person from a thing.

A capitalised pair such as "Grafana Cloud" or "Tech Talks" looks just like "Grace Hopper";
what tells them apart is that a person's first word is a given name. Writers name people
from every culture, so the list holds common given names of many languages and regions
(accents folded), chosen by hand: most names that are also everyday words are left out, and
those kept are in WORD_NAMES or LOWER_WORDS, which say where they still name a person. A
name it lacks still counts when the prose marks it ("with X", "@X", "X from Team"), and
people the store or the calendar knows are always matched, whatever their names, and by
their short forms too (NICKNAMES: "Mike" for Michael Scott).
"""

from __future__ import annotations

GIVEN_NAMES = frozenset(
    (  # noqa: SIM905 (a word list reads better as text)
        # English, and names shared across Europe and the Americas
        """
        aaron abby abdul abdullah abigail ada adam adebayo aditi aditya adrian adriana agnes
        ahmad ahmed aiden aisha akira alan alberto alejandro alex alexander alexandra alexis
        alfred ali alice alicia alina alison amanda amara amelia amir amit amy ana anastasia
        andre andrea andreas andrew andy angela angelo anil anita ann anna anne annie anthony
        antoine antonio anya arjun arnav arthur asha ashley ashok aurelie ava ayesha barbara
        beatriz ben benjamin bernard beth betty bianca bill blake bob bogdan brad brandon brenda
        brian bruno caitlin camila carl carla carlos carmen carol caroline carolyn catherine
        charles charlie charlotte chen chloe chris christian christina christine christopher
        claire clara claudia colin connor craig cristina daniel daniela danielle dana daria
        dave david deborah deepa deepak denise dennis derek diana diego dimitri divya dominic
        donald donna dorothy doug douglas dylan ed eduardo edward elena eli elias elif elizabeth
        ella ellen emily emma eric erik erin esther ethan eva evelyn fatima felix fernando fiona
        florian frances francesca francisco frank fred gabriel gabriela gary george georgia
        gerald gina giulia giuseppe grace greg gregory gustavo hannah hans harold harry hassan
        heather helen henry hiroshi hugo ian ibrahim igor ines ingrid irene isaac isabel
        isabella ivan jack jacob jake james jamie jan jane janet jason javier jay jean jeff
        jeffrey jennifer jeremy jerry jessica jia jim jin joan joanna joe joel johan johannes
        john jon jonas jonathan jorge jose joseph josh joshua juan judith julia julian julie jun
        justin kai karen karim kate katherine kathleen kathy katie kavya keith kelly ken kenji
        kevin khalid kim kiran klaus kofi kumar kyle lars laura lauren leah lena leo leon
        leonardo li liam lily linda linus lisa liu lucas lucia lucy luis luisa luka lukas magda
        maria mariana marie mario mark marta martin mary mateo matt matteo matthew maya mehmet
        mei melissa mia michael michelle miguel mike mila min ming mohamed mohammed monica nadia
        nancy naomi natalia natalie nathan neha nicholas nick nicola nicole nikhil nina noah noor
        nora olga oliver olivia omar oscar pablo pamela paolo patricia patrick paul paula pedro
        peter philip pierre pooja priya rachel rafael rahul raj rajesh ravi rebecca renee
        ricardo richard rita rob robert roberto robin rohan ron rosa ruby rui ruth ryan sam
        samantha samir samuel sandra sara sarah satoshi scott sean sebastian sergei sergio
        shreya simon sofia sophia sophie stefan stephanie stephen steve steven sunil susan
        takeshi tanya tara teresa thomas tim timothy tom tomas tony tyler valentina vanessa
        victor victoria vikram vincent virginia walter wei william xin yan yara yasmin yuki
        yusuf zainab zara zoe
        aidan angus audrey barry becky bella bethany bradley brett brianna bridget bruce bryan
        caleb callum cameron casey cecilia charlene chelsea cheryl clare clark cody colleen
        conor courtney curtis cynthia damian darnell darren declan deirdre derrick desmond
        devin dexter duncan dustin eileen elaine eleanor eliza elliot elliott emmett erica
        eugene evan fergus fletcher flora frederick gavin gemma gideon gillian gordon graham
        gwen hailey harriet harvey hayley heidi imogen isla jacqueline janice jared jasmine
        jeanette jenna jesse jill jillian joanne jocelyn jodie jordan josephine joyce julius
        katrina keira keisha kendra kenneth kerry kieran kristen kristina lachlan larry
        leanne leslie lewis lindsay lindsey logan lorraine lydia lynn madeleine madison malcolm
        mandy marcus margaret marilyn marlon marvin matilda maureen maxine megan melanie melinda
        meredith miranda mitchell molly muriel neil nelson niall nigel norman owen
        penelope phoebe priscilla quinn rachael ralph randy raymond reece reginald rhys ronald
        rory roxanne russell sabrina sally scarlett seth shane shannon sharon sheila shelby
        sheldon shirley sienna sinead sonya spencer stacey stanley stuart sylvia tamara tessa
        theodore theresa tiffany toby tracy trevor troy valerie vera vivian wayne wendy
        wesley whitney winston xavier yvonne zachary
        """
        # German, Dutch, Nordic, Finnish
        """
        jakob maximilian moritz emil anton theo oskar friedrich wilhelm heinrich ludwig
        matthias tobias markus stefanie sabine ulrike heike katrin kerstin susanne petra monika
        birgit anja jana leonie johanna greta frieda emilia lina jurgen uwe dieter wolfgang
        gunter horst helmut manfred werner rainer ralf jorg dirk sven nils timo jens torsten
        thorsten volker bernd holger kathrin nadine franziska annika svenja marlene simone
        carina pieter jeroen joost bram daan thijs lieke femke sanne anouk maarten wouter ruben
        sander niels koen stijn jasper lotte eline marloes inge ilse wim kees henk geert hendrik
        marieke anders magnus henrik mikael axel gustav olof astrid sigrid freya linnea elin
        maja ebba alva elsa frida karin kristin solveig mikkel rasmus soren tuomas mikko
        juha jukka antti aino aleksi eero pekka heikki bjorn
        """
        # French, Spanish, Portuguese and Brazilian, Italian
        """
        louis jules raphael mathis enzo clement nicolas julien guillaume thibault maxime
        alexandre benoit francois laurent olivier philippe christophe sebastien jerome mathieu
        cedric yann yannick arnaud quentin romain damien loic gaelle camille manon lea louise
        juliette margaux pauline celine elodie helene isabelle nathalie sylvie veronique
        sandrine emilie amelie oceane anais marion lucie agathe margot eloise clemence solene
        morgane maelle santiago matias joaquin felipe andres emilio ignacio rodrigo gonzalo
        alvaro raul hector manuel enrique marcos ramon jaime guillermo esteban cristian
        valentin agustin thiago tiago joao guilherme leandro vinicius caio henrique otavio
        renato marcelo fabio luiz diogo duarte goncalo nuno afonso martina noelia catarina
        leonor matilde joana raquel vitoria larissa fernanda juliana leticia bruna aline
        tatiana renata luana manuela antonia ximena valeria lorena francesco alessandro
        lorenzo mattia gabriele riccardo tommaso edoardo federico marco giovanni luca davide
        stefano massimo emanuele daniele pietro salvatore vincenzo luigi carlo enrico claudio
        filippo gianluca alessio ginevra giorgia beatrice chiara federica elisa silvia alessia
        ilaria paola roberta
        """
        # Polish, Czech, Slavic
        """
        piotr pawel krzysztof tomasz michal marcin lukasz jakub kamil mateusz bartosz wojciech
        grzegorz maciej rafal dariusz mariusz szymon filip agnieszka katarzyna malgorzata ewa
        magdalena aleksandra zofia karolina justyna dorota beata alicja weronika oliwia zuzanna
        milena kasia gosia ania dmitri dmitry alexei aleksei andrei mikhail nikolai vladimir
        pavel yuri oleg boris artem denis kirill ilya nikita sergey olena oksana irina svetlana
        ekaterina yulia natasha galina ludmila ksenia polina taras bohdan dmytro mykola ivana
        jelena marko nikola dragan goran zoran vesna tereza ondrej jiri petr vojtech
        ioana ioan mihai florin cristina alina andreea bea wen joaquim maren aurelien
        """
        # Turkish, Arabic, Persian
        """
        mustafa ahmet huseyin hasan ismail murat omer emre burak cem kerem mert ozan baris
        serkan onur tolga volkan selin zeynep ayse fatma emine hatice merve esra ozlem ebru
        defne ece ipek irem gizem derya berk kaan arda mohammad muhammad mahmoud hussein hamza
        tariq tarek khaled walid youssef yousef rami nabil faisal rashid saeed nasser jamal
        ziad bilal anas majid malik salma layla leila mariam maryam nour huda hana rania dina
        reem amira farah salim hiba dalia lubna samira zaynab khadija osama ayman fadi ghassan
        imad marwan mazen wael yazan zaid reza hossein mehdi arash babak behnam darius farhad
        farid hamid kamran kian kourosh milad navid omid parsa payam pouya ramin siavash vahid
        shirin parisa nasrin negar niloufar roya sepideh shadi soraya yasaman zahra azadeh
        golnaz mahsa nazanin neda pegah setareh
        """
        # Indian
        """
        aarav vivaan krishna ishaan ayaan vihaan anand ajay akash aniket ankit anuj arun ashwin
        ashish bharat chetan dinesh ganesh gaurav girish gopal harish hemant jatin jayant karan
        kartik kishore madhav mahesh manish manoj mohan mukesh naveen nitin pankaj pradeep
        prakash pranav prasad prashant pratik praveen rakesh ramesh rohit sachin sandeep sanjay
        santosh saurabh shankar shashank siddharth srinivas sudhir sumit suresh tarun varun
        venkat vijay vinay vinod vishal vivek yash aarti aishwarya ananya anjali ankita anushka
        aparna archana bhavana deepika diya gayatri geeta isha ishita jyoti kavita kriti
        lakshmi madhuri meena meera megha nandini nisha pallavi poonam preeti priyanka radha
        rashmi rekha ritu sakshi sangeeta shalini shilpa shweta simran sneha sonia sunita swati
        tanvi trisha usha vidya rhea riya sanjana harpreet gurpreet manpreet jaspreet kabir
        dhruv rishi
        """
        # Chinese (pinyin), Japanese, Korean, Vietnamese
        """
        jing ling hao hui xiao xiaoming tao jie jian qiang feng yong lin ying yun hua qing
        shan ting zhen yue jiahui jiayi xinyi yuxuan zihan haoran yichen zixuan ziyi yutong
        meiling xiaoyu haruto yuto hayato haruki ryota kenta takumi daiki shota kaito riku
        daisuke kazuki kenichi koji makoto masato naoki ryo shinji tatsuya tomoya yusuke
        hideki kazuo osamu tetsuya yuji sakura yui aoi hina rin yuna haruka ayaka misaki nanami
        emi yoko keiko akiko kumiko tomoko yumi ayumi hiroko noriko mariko sachiko eri miki
        saki natsuki kaori megumi aya mayu yuka minjun seojun doyun jiho jihoon jiwoo hyun
        hyunwoo junho minho seungho sungmin woojin jaehyun jisoo jimin seoyeon jiwon minji
        soyeon eunji hyejin jiyeon sujin minseo anh minh linh huong trang thao ngoc hanh phuong
        duc tuan quang thanh hieu khanh trung bao duy huy khoa nhi quynh thinh uyen vy
        """
        # West, East and Southern African
        """
        kwame kwaku kwabena kojo kwesi akua abena efua adwoa akosua yaa esi kweku ekow adeola
        adewale ayodele babajide chidi chidinma chinedu chioma chukwuemeka emeka ifeoma ifeanyi
        ngozi nnamdi obinna oluwaseun seun tunde femi folake bolaji olumide segun uche uchenna
        yetunde amaka kelechi ikenna tobi temitope tolu yemi kehinde taiwo dayo bukola abimbola
        ayo gbenga aminu usman abubakar fatou aminata mamadou moussa ousmane ibrahima abdoulaye
        kadiatou mariama aissatou wanjiru wanjiku kamau njeri otieno achieng akinyi ochieng
        wambui muthoni baraka zawadi neema imani amani juma halima tendai tafadzwa tatenda
        farai chipo thandiwe thabo sipho themba lerato nomvula zanele bongani lindiwe mandla
        naledi kagiso palesa ayanda abebe dawit selam meron tigist yonas biniam
        """
    ).split()
)

# Tools, products, events and teams that follow "with", "from" or "at" as a person would
# ("with Grafana Cloud", "from Data Platform", "from Frontend Masters"): never the first word
# of a person's name. Places end event names ("Devoxx Belgium", "KubeCon Europe"): a place
# ends no name here unless a given name opens it ("Jack London").
NOT_PEOPLE = frozenset(
    """
    aws azure gcp google amazon microsoft apple meta github gitlab jira confluence slack
    notion figma terraform kubernetes k8s docker helm grafana prometheus datadog sentry
    splunk kafka redis postgres postgresql mysql sqlite mongodb elasticsearch snowflake
    airflow spark python golang go rust java javascript typescript react vue node django
    flask rails linux tech talk talks summit conference meetup guild hackathon offsite
    all-hands town hall sre devops security legal finance sales marketing support design
    data platform payments risk ledger checkout search ads recs billing growth infra cloud
    fluent fluentd logstash vault consul nomad istio envoy nginx jenkins circleci argo looker
    tableau stripe adyen twilio okta zoom pagerduty opsgenie heroku vercel cloudflare fastly
    bigquery dbt databricks pulumi ansible chef puppet temporal hashicorp hashi backstage
    copilot chatgpt openai anthropic gemini sonarqube snyk dependabot renovate bazel gradle
    maven webpack graphql grpc kotlin scala elixir clickhouse cassandra dynamodb lambda
    kinesis flink trino presto superset metabase amplitude mixpanel launchdarkly honeycomb
    jaeger opentelemetry loki thanos frontend backend fullstack mobile web ios android
    masters academy bootcamp workshop webinar podcast meetups conf expo forum keynote
    devoxx qcon srecon kubecon leaddev pycon jsconf gophercon rustconf fosdem reinvent
    coursera udemy pluralsight egghead
    london berlin paris amsterdam munich dublin lisbon barcelona madrid rome milan zurich
    stockholm copenhagen oslo helsinki warsaw prague vienna brussels belgium europe
    americas asia emea apac africa latam nordics india japan singapore tokyo toronto
    seattle boston chicago nyc york vegas
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

# The last word of a product's name, never of a person's: "Temporal Cloud", "Claude Code",
# "Hashi Vault". (Surnames that are also tools, "Laura Sales", need NOT_PEOPLE's care.)
PRODUCT_WORDS = frozenset(
    """
    cloud code docs vault studio hub lab labs cli api sdk app apps console suite cluster
    engine desktop enterprise workspace actions functions copilot analytics insights registry
    server db toolkit framework runtime dashboard dashboards pipelines
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

# Short forms of given names (accents folded) and the names they stand for: with Michael
# Scott known, "paired with Mike" is him. A form that stands for several known people
# names none of them.
NICKNAMES: dict[str, tuple[str, ...]] = {
    "mike": ("michael",), "mick": ("michael",), "mikey": ("michael",),
    "bill": ("william",), "will": ("william",), "billy": ("william",), "willy": ("william",),
    "bob": ("robert",), "rob": ("robert",), "bobby": ("robert",), "robbie": ("robert",),
    "bert": ("robert", "albert", "herbert"),
    "kate": ("katherine", "catherine", "kathleen"), "katie": ("katherine", "catherine"),
    "kathy": ("katherine", "kathleen"), "cathy": ("catherine",), "kat": ("katherine",),
    "dot": ("dorothy",), "dottie": ("dorothy",), "dolly": ("dorothy",),
    "liz": ("elizabeth",), "beth": ("elizabeth",), "betty": ("elizabeth",),
    "lizzie": ("elizabeth",), "eliza": ("elizabeth",), "libby": ("elizabeth",),
    "jim": ("james",), "jimmy": ("james",), "jamie": ("james",),
    "tom": ("thomas",), "tommy": ("thomas",),
    "dan": ("daniel",), "danny": ("daniel",),
    "alex": ("alexander", "alexandra", "alexis"), "sasha": ("alexander", "alexandra"),
    "chris": ("christopher", "christine", "christina", "christian"),
    "matt": ("matthew",), "nick": ("nicholas", "nicola"), "sam": ("samuel", "samantha"),
    "ben": ("benjamin",), "dave": ("david",), "steve": ("stephen", "steven"),
    "tony": ("anthony", "antonio"), "andy": ("andrew", "andreas"), "drew": ("andrew",),
    "joe": ("joseph",), "josh": ("joshua",), "jen": ("jennifer",), "jenny": ("jennifer",),
    "pat": ("patrick", "patricia"), "patty": ("patricia",), "rick": ("richard",),
    "rich": ("richard",), "ed": ("edward",), "ted": ("edward",), "eddie": ("edward",),
    "greg": ("gregory",), "jeff": ("jeffrey",), "jon": ("jonathan",), "nate": ("nathan",),
    "tim": ("timothy",), "vicky": ("victoria",), "becky": ("rebecca",), "sue": ("susan",),
    "meg": ("margaret",), "maggie": ("margaret",), "peggy": ("margaret",),
    "deb": ("deborah",), "debbie": ("deborah",), "abby": ("abigail",), "zach": ("zachary",),
    "fred": ("frederick", "alfred"), "charlie": ("charles", "charlotte"),
    "chuck": ("charles",), "harry": ("henry", "harold"), "hank": ("henry",),
    "pete": ("peter",), "phil": ("philip",), "ron": ("ronald",), "ray": ("raymond",),
    "sandy": ("sandra",), "gabi": ("gabriela", "gabriel"), "pepe": ("jose",),
    "paco": ("francisco",), "nacho": ("ignacio",), "lupe": ("guadalupe",),
}  # fmt: skip

# Short forms that are also English words: "Will follow up" or "Drew up" opening a sentence
# is no one. Inside a sentence, or after "with", they still name the person.
WORD_NICKNAMES = frozenset({"will", "bill", "drew", "rich", "deb", "dot"})

# Given names that are also everyday words written with a capital at a sentence's start or
# in a title ("Will follow up", "Mark the ticket as done", "Grant Access", "the Summer
# Release", "Bill Payments"): opening a sentence or after "the"/"to", they are no sign of a
# person; inside a sentence ("reviewed it with Frank Chen", "and Mark Chen") they are.
WORD_NAMES = frozenset(
    """
    will bill mark grant rose grace may june april august summer autumn hope faith joy
    frank drew rich pat sue art ray dawn jack max ruby crystal amber ivy holly hunter chase
    chance page sky river hazel jade pearl penny mercy patience honor destiny
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

# Given names that are everyday words in lower case in a language replies come in: Dutch
# "mei" (May), "dan" (then), "ben" (am); Spanish "rosa" (pink), "niña"; Italian "chiara"
# (clear), "mio" (my), "bella"; French "manuel" (manual). Written in lower case they name
# a known person only where the sentence shows a person (see people.lower_case_name).
LOWER_WORDS = frozenset(
    """
    mei dan ben jan per wen sara mai mio mia reina sana mani mina chiara clara bianca rosa
    lily robin ella bella isla jasmine flora vitoria victoria marcos marco manuel anders
    nina leon angelo jasper olivier romain maxime clement
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
