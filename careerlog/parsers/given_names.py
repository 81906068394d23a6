"""Given names, and words that are never a person's, for telling a person from a thing.

A capitalised pair such as "Grafana Cloud" or "Tech Talks" looks just like "Grace Hopper";
what tells them apart is that a person's first word is a given name. The list holds common
given names from many languages (accents folded), chosen by hand; a name it lacks still
counts when the prose marks it ("with X", "@X", "X from Team"), and people the store or the
calendar knows are always matched, whatever their names, and by their short forms too
(NICKNAMES: "Mike" for Michael Scott).
"""

from __future__ import annotations

GIVEN_NAMES = frozenset(
    """
    aaron abby abdul abdullah abigail ada adam adebayo aditi aditya adrian adriana agnes ahmad
    ahmed aiden aisha akira alan alberto alejandro alex alexander alexandra alexis alfred ali
    alice alicia alina alison amanda amara amelia amir amit amy ana anastasia andre andrea
    andreas andrew andy angela angelo anil anita ann anna anne annie anthony antoine antonio
    anya arjun arnav arthur asha ashley ashok aurelie ava ayesha barbara beatriz ben benjamin
    bernard beth betty bianca bill blake bob bogdan brad brandon brenda brian bruno caitlin
    camila carl carla carlos carmen carol caroline carolyn catherine charles charlie charlotte
    chen chloe chris christian christina christine christopher claire clara claudia colin
    connor craig cristina daniel daniela danielle dana daria dave david deborah deepa deepak
    denise dennis derek diana diego dimitri divya dominic donald donna dorothy doug douglas
    dylan ed eduardo edward elena eli elias elif elizabeth ella ellen emily emma eric erik
    erin esther ethan eva evelyn fatima felix fernando fiona florian frances francesca
    francisco frank fred gabriel gabriela gary george georgia gerald gina giulia giuseppe
    grace greg gregory gustavo hannah hans harold harry hassan heather helen henry hiroshi
    hugo ian ibrahim igor ines ingrid irene isaac isabel isabella ivan jack jacob jake james
    jamie jan jane janet jason javier jay jean jeff jeffrey jennifer jeremy jerry jessica jia
    jim jin joan joanna joe joel johan johannes john jon jonas jonathan jorge jose joseph josh
    joshua juan judith julia julian julie jun justin kai karen karim kate katherine kathleen
    kathy katie kavya keith kelly ken kenji kevin khalid kim kiran klaus kofi kumar kyle lars
    laura lauren leah lena leo leon leonardo li liam lily linda linus lisa liu lucas lucia
    lucy luis luisa luka lukas magda maria mariana marie mario mark marta martin mary mateo
    matt matteo matthew maya mehmet mei melissa mia michael michelle miguel mike mila min ming
    mohamed mohammed monica nadia nancy naomi natalia natalie nathan neha nicholas nick nicola
    nicole nikhil nina noah noor nora olga oliver olivia omar oscar pablo pamela paolo patricia
    patrick paul paula pedro peter philip pierre pooja priya rachel rafael rahul raj rajesh
    ravi rebecca renee ricardo richard rita rob robert roberto robin rohan ron rosa ruby rui
    ruth ryan sam samantha samir samuel sandra sara sarah satoshi scott sean sebastian sergei
    sergio shreya simon sofia sophia sophie stefan stephanie stephen steve steven sunil susan
    takeshi tanya tara teresa thomas tim timothy tom tomas tony tyler valentina vanessa victor
    victoria vikram vincent virginia walter wei william xin yan yara yasmin yuki yusuf zainab
    zara zoe
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

# Tools, products, events and teams that follow "with", "from" or "at" as a person would
# ("with Grafana Cloud", "from Data Platform"): never the first word of a person's name.
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
    jaeger opentelemetry loki thanos
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
