"""Given names, and words that are never a person's, for telling a person from a thing.

A capitalised pair such as "Grafana Cloud" or "Tech Talks" looks just like "Grace Hopper";
what tells them apart is that a person's first word is a given name. Writers name people
from every culture, so the list holds common given names of many languages and regions
(accents folded), chosen by hand: most names that are also everyday words are left out, and
those kept are in WORD_NAMES or LOWER_WORDS, which say where they still name a person. A
name it lacks still counts when the prose marks it ("with X", "@X", "X from Team"), and
people the store or the calendar knows are always matched, whatever their names, and by
their short forms too (NICKNAMES: "Mike" for Michael Scott).

The hand-chosen list misses ordinary names ("Florencia", "Freja", "Garrett"), so
GIVEN_NAMES is it together with WORLD_GIVEN_NAMES, generated from the first-name lists Faker
keeps for many locales, words and the names of things left out (given_names_world.py says
how, scripts/build_given_names.py how to regenerate it).
"""

from __future__ import annotations

from careerlog.parsers.given_names_world import WORLD_GIVEN_NAMES

GIVEN_NAMES = WORLD_GIVEN_NAMES | frozenset(
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
        alfie annabel antony archie bernadette brooke clifford dorian edith edwin elsie esme francis
        freddie gabrielle geoffrey georgina gerry gilbert glenn herbert howard hugh isaiah jenny
        kayla leonard lillian lloyd louisa mabel mackenzie marjorie martha maxwell mildred nathaniel
        ollie phyllis reuben rhonda rosalind roy sadie stewart terence terry ursula vernon wilfred
        taylor kimberly jada jalen jaylen deandre lamar terrell tyrone latasha tanisha aaliyah jayla
        kiara nia shanice kendrick rashad cornelius demetrius dwight lamont maurice reggie rodney
        roderick terrence willie denzel donovan harrison landon riley wyatt avery peyton skylar
        addison aubrey delilah kaylee zoey bronwyn kylie brendan bevan jarrod brodie darcy
        """
        # German, Dutch, Nordic, Finnish, Icelandic
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
        aksel albin arne asbjorn birger christoffer einar eirik erling espen fredrik gunnar hakon
        halvard harald helge ivar jesper kasper kjell knut leif ludvig mads mattias morten patrik
        petter ragnar rolf simen sigurd stian sten stig sune svein sverre torbjorn trond ulf vidar
        viggo vilhelm jonatan joakim kristian kristoffer mathias niklas peder ronja sofie stina tove
        vilma wilma anneli birgitta cecilie dagny ellinor emelie gudrun hanne hedvig hilde inger
        ingeborg jorunn kari kirsten lene liv lovisa marit nanna pernilla ragnhild randi silje stine
        sunniva thea tuva ulla vibeke wenche ari eetu hannu ilkka jani jari jarkko joni jouni kalle
        lauri markku mika olli pasi petri teemu tommi aila eeva elina katja kirsi leena liisa maarit
        minna noora paivi pirjo riikka riitta sanna satu suvi tuula outi venla iida emmi aada
        eveliina jenni jonna gudmundur sigurdur olafur helga sigrun casper floris gijs jelle joris
        jos luuk martijn michiel niek pim rik roel rutger teun tijmen willem wout arjen bastiaan
        erwin frits gerrit jaap klaas menno remco rens robbert ruud sjoerd twan wessel wiebe tycho
        ewout olaf anke bente carlijn daphne evi hanneke janneke jolien lisanne loes maud mirjam
        myrthe nienke saskia tess renske marijke mieke annelies annette bastian benedikt bettina
        christa christoph cornelia doris erich georg gerhard hannes hartmut heiko hermann ingo
        jannik joachim jochen karl karsten lennart nico reinhard rudolf rudiger sascha sonja steffen
        thilo thorben torben yannik jannis katharina angelika antje barbel dagmar gisela hannelore
        heidrun ilona irmgard jutta lieselotte margarete marianne renate rosemarie silke wiebke
        carsten siegfried ulrich wilfried dietmar dietrich egon henning lutz tilman veit kurt uli
        ute
        """
        # French, Spanish, Basque, Catalan, Portuguese and Brazilian, Italian, Latin American
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
        alfonso alfredo alonso arturo benito bernardo camilo cristobal dario efrain emiliano ernesto
        eugenio ezequiel facundo fausto fidel gael gerardo gilberto gregorio hernan horacio humberto
        ismael jeronimo leonel lisandro lucio mariano mauricio maximiliano nahuel nestor octavio
        osvaldo patricio ramiro reinaldo rigoberto rogelio saul silvio teodoro ulises vicente
        wilfredo yago lautaro santino dante brayan jhon yeison jairo fabian fabricio gaston hernando
        josue renzo rodolfo ronaldo tadeo valentino wilmer emanuel edgar elmer fermin genaro
        heriberto isidro leopoldo oswaldo inaki iker unai aitor asier mikel xabier eneko gorka inigo
        jordi arnau oriol xavi sergi nuria laia mireia aina berta adela alejandra araceli elvira
        estefania eugenia fabiola graciela jimena josefina juana julieta karina liliana luciana
        lucila maite marcela maricela marisol micaela miriam nayeli nerea noemi paloma paulina
        susana veronica viviana yolanda agustina antonella delfina adriano anderson caua kaua davi
        edson emerson everton fabiano flavio heitor jefferson kleber luan murilo paulo rogerio vitor
        wagner ruan breno danilo erick gilson higor italo mateus matheus raimundo renan sebastiao
        valentim alessandra andreia clarice cristiane debora eduarda eliane fabiana flavia francisca
        giovanna helena heloisa isabela isadora jaqueline karla lara livia luiza maira michele
        mirela monique priscila rafaela rebeca rosana silvana tainara talita tatiane thais agatha
        eloa lavinia mariah rayssa mafalda carlota madalena benedita constanca filipa tania arianna
        camilla caterina eleonora gianna giada ludovica michela ornella rachele simona stefania aldo
        amedeo antonino cesare domenico elia ettore fabrizio gennaro giacomo gianni gino giorgio
        giulio ivano marcello maurizio nicolo pasquale raffaele rocco sandro umberto valerio
        vittorio ugo samuele jacopo loris mirko enea ottavio giuliano massimiliano giancarlo
        pierluigi gianmarco gianfranco piero adele alain albane amandine apolline axelle baptiste
        bastien brigitte chantal christelle coralie corentin delphine didier dominique elise emeline
        emmanuel estelle etienne fabien fabrice francoise frederic gaetan genevieve georges gerard
        gilles gregoire hugues jacques jeanne karine laetitia ludovic marcel martine mathilde
        maxence michel mireille noemie patrice regis renaud rene sacha severine stephane sylvain
        thierry timothee tristan virginie yves yvette marc
        """
        # Polish, Czech, Slovak, Russian, Ukrainian, Balkan, Bulgarian, Romanian, Hungarian, Baltic
        """
        piotr pawel krzysztof tomasz michal marcin lukasz jakub kamil mateusz bartosz wojciech
        grzegorz maciej rafal dariusz mariusz szymon filip agnieszka katarzyna malgorzata ewa
        magdalena aleksandra zofia karolina justyna dorota beata alicja weronika oliwia zuzanna
        milena kasia gosia ania dmitri dmitry alexei aleksei andrei mikhail nikolai vladimir
        pavel yuri oleg boris artem denis kirill ilya nikita sergey olena oksana irina svetlana
        ekaterina yulia natasha galina ludmila ksenia polina taras bohdan dmytro mykola ivana
        jelena marko nikola dragan goran zoran vesna tereza ondrej jiri petr vojtech
        ioana ioan mihai florin cristina alina andreea bea wen joaquim maren aurelien
        aleksandr alexey anatoly andrey arkady danila daniil egor evgeny fedor fyodor gennady georgy
        grigory konstantin leonid maksim matvey nikolay pyotr ruslan semyon stanislav stepan timofey
        timur vadim valery vasily viktor vitaly vladislav vyacheslav yaroslav yevgeny zakhar alyona
        anastasiya elizaveta evgenia inna larisa lyudmila nadezhda natalya olesya raisa sofya
        tatyana veronika viktoria yana yelena zhanna arina varvara ulyana nastya katya masha dasha
        sasha misha dima olya vanya kolya zhenya andriy ivanna kateryna mykhailo oleksandr oleksiy
        serhiy solomiya vasyl volodymyr yevhen yuliya halyna nataliya oleh petro roksolana viktoriia
        yaryna denys maksym ostap nazar orest zoryana khrystyna mariya iryna svitlana tetiana larysa
        lesya agata aleksander andrzej antoni arkadiusz bartlomiej bozena danuta elzbieta grazyna
        halina henryk hubert irena iwona izabela jacek jadwiga janusz jaroslaw jerzy jolanta jozef
        kacper kazimierz kinga konrad krystyna lech leszek lucyna marek marzena miroslaw norbert
        patryk przemyslaw radoslaw ryszard slawomir stanislaw sylwia tadeusz urszula waldemar wanda
        wieslaw wiktor wiktoria witold zbigniew zdzislaw zenon basia bartek tomek wojtek jaroslav
        josef karel ladislav lubomir miroslav radek vaclav zdenek alena barbora eliska jitka
        katerina klara lenka marketa michaela pavla radka sarka vlasta zuzana dominika kristyna
        matej lubos dusan juraj miroslava aleksandar aleksa bojan branko darko dejan ivica ivo jovan
        milos nemanja nenad predrag sasa slobodan srdjan uros vuk zeljko biljana bojana danijela
        dragana gordana jasmina jovana katarina ljiljana marija milica mirjana natasa nevena sanja
        snezana tanja teodora zorana mateja petar tomislav josip kresimir mladen hrvoje damir edin
        amra lejla emina senad tijana andrija ziga anze spela urska tjasa alexandru catalin ciprian
        claudiu cosmin costin dorin dragos eugen gheorghe horia ionut iulian laurentiu liviu lucian
        marius mircea nicolae ovidiu radu razvan remus sorin teodor tudor vasile viorel vlad adina
        corina georgiana iulia loredana madalina mihaela oana raluca ramona boyan dimitar georgi
        hristo ivaylo kaloyan krasimir lyubomir plamen stoyan todor tsvetan yordan desislava gergana
        kalina radostina silviya svetla tsvetelina velina vesela ralitsa borislav svetoslav akos
        andras attila balazs bence csaba gabor gergely gyorgy imre istvan janos jozsef kristof
        laszlo levente marton mihaly miklos sandor szabolcs tamas tibor zoltan zsolt aniko bernadett
        boglarka erika eszter fanni gabriella hajnalka ildiko judit katalin krisztina orsolya reka
        szilvia timea zsofia zsuzsanna emese andrius arnas dovydas gediminas karolis kestutis
        mindaugas paulius rokas saulius tadas vytautas zygimantas agne aiste egle gintare ieva
        ingrida jurgita migle vaiva gabija austeja ugne janis andris arturs edgars girts kristaps
        maris raimonds ugis valdis baiba ilze inese kristine laila zane agnese evija jaan kristjan
        priit siim tarmo toomas urmas kadri kaisa kati kerli liis maarja piret triin tiina kristiina
        kairi
        """
        # Turkish, Arabic (Levant, Gulf, Egypt, Maghreb), Persian, Hebrew, Central Asian
        """
        rustam daniyar aibek nursultan askar
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
        abdallah abdulrahman abdelaziz akram alaa amr anwar ashraf ayoub basem essam fahd fawzi
        ghazi habib haitham hakim hani hatem hazem hisham husam ihab issa jaber jad kareem khalil
        louay maher mansour moataz mounir mourad munir naji nizar qais rabih raed rafik salah sami
        samer sharif talal wassim yahya yasser zaki zakaria hamed majed saleh sameh sherif amin
        amine hicham rachid abdelkader yassine othmane soufiane ilyas younes anouar redouane abeer
        alia amal basma dunya eman fadia farida ghada hanan heba inas jumana lujain maha manal maysa
        nawal noha noura randa rasha rawan sahar sawsan shaima suha sumaya wafaa widad yasmine zeina
        malak jamila latifa souad naima fatiha hafsa ikram meriem nawel salima yousra khaoula siham
        loubna karima avi eitan noam yonatan itai yael noa tamar shira adi ori roni yossi moshe
        ariel dror nir lior shai tzvi dov yoav eyal gilad itamar nadav ronen shlomo uri yaakov yosef
        ziv liat merav osnat ronit sigal talia limor efrat hadas inbal galit einat avital ayelet
        dafna naama rivka tova yaara hadar alper atakan aydin batuhan berkay bulent cagri caner
        deniz dogan egemen enes erdem erkan fatih gokhan hakan halil ilker kemal koray levent melih
        mesut metin necati okan orhan oguz ozgur recep selim sinan taner tuncay ugur umut yigit
        yunus cemre aylin bahar basak berna busra cansu damla dilek duygu esin gamze gulsen irmak
        melis melek nazli nesrin nilay pelin sevgi sibel tugba tulay yasemin yesim zehra asli ceren
        ezgi ozge serap sinem songul aysel ayten canan dilara beril ilayda oya ardalan armin behrouz
        bijan dariush ehsan farshid hooman kaveh keyvan masoud morteza nima pejman peyman pedram
        saman soroush shahin shahram yasin arman ashkan afshin farzad bahareh elham fariba farnaz
        forough golnar haleh laleh leyla mahnaz nahid narges nasim parvaneh roxana sogol taraneh
        yalda ziba mahtab shabnam
        """
        # South Asian: Indian (north and south, Punjabi, Bengali), Pakistani, Nepali, Sri Lankan
        """
        harshita harshit
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
        devika aarush abhinav abhishek advait ajit akhil alok amitabh amol anirudh ankur anupam
        anurag arvind ashutosh atul avinash bhaskar chandan darshan deven devendra dhananjay gautam
        govind hari harsha himanshu hitesh jagdish jitendra kamal kapil kaushik keshav kunal lalit
        lokesh mahendra mayank milind mohit mukul murali nagesh narayan naresh neeraj nilesh
        niranjan omkar paresh parth piyush prabhu pramod prateek puneet raghav raghu rajat rajeev
        rajiv ranjit ravindra ritesh rupesh sahil samar sameer sanjeev sarvesh satish shailesh
        shivam shyam siddhant sridhar subhash sudeep sujit sumeet suraj sushil swapnil tushar uday
        umesh utkarsh vaibhav vikas vinit vipin vishnu yogesh yuvraj zubin aakanksha akanksha alka
        amrita anamika anika anisha anjana anupama anusha apoorva arpita bhavna bhumika chandni
        charu deepti disha garima gauri harini hema indira ishani jaya juhi kajal kalpana kamala
        kanika kavitha khushi kirti komal kritika madhavi malini manisha meenakshi mitali mohini
        namrata neelam neetu nidhi niharika nirmala padma parvati pavithra payal prachi pragya
        prerna priti radhika rani ranjana reena renu revathi richa roshni rupa sadhana saloni sapna
        sarita savita seema shanti sharmila shikha shobha shruti smita sonal sowmya srishti sudha
        suman sunaina supriya surbhi sushma swathi tanuja urmila vaishnavi vandana varsha vrinda
        yamini amrit baljit balwinder gurdeep gurinder harjit harvinder jasleen jasmeet kuldeep
        navdeep navjot parminder rajinder sukhwinder balaji karthik karthikeyan krishnan kumaran
        lakshman muthu prabhakar raghavan rajendran saravanan senthil sundar vignesh anitha gowri
        janani lavanya nithya preethi ramya sangeetha saranya sindhu swetha shanthi arnab debashish
        dipankar indranil partha sourav subhajit sudipta tanmoy debjani moumita sreya tanushree
        imran irfan junaid nadeem naveed rizwan shahid shoaib waqas zeeshan zubair adnan aamir fahad
        faraz haris mohsin nabeel owais qasim rehan salman shahzad sohail umair waseem yasir zain
        bushra fariha mahnoor mehwish nida saima shazia uzma zoya amna hira iqra anam javeria asif
        arif atif kashif sajid tahir bikash bishnu prabin sujan binod dilip kasun chaminda nuwan
        tharindu dilshan nimal ruwan lahiru chathura nadeesha sachini dilani ishara
        """
        # Chinese (pinyin), Japanese, Korean, Vietnamese; Taiwanese and Korean hyphenated too
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
        yu yi ning peng fei xia qian zhiwei zhihao junjie haoyu yifan yuhang zhiyuan weiwei xiaoli
        xiaohong lili jingjing tingting xiaowei xiaojun jianhua jiawei jiaming zihao yuhan yiming
        xinyu siyu ruoxi yuqi mengyao jiaxin wenjing xiaolin xiaofeng yanyan shuang jianguo yu-ting
        yi-ting chia-hui shu-fen wei-ting chih-wei po-han akihiro atsushi hideo hiroki hiromi
        hiroyuki ichiro isamu jiro junichi kazuhiro keita kohei kosuke masaki masahiro masashi
        minoru nobuo ryosuke ryuji satoru shigeru shinichi souta takahiro takashi takuya tomohiro
        toshiro tsubasa yoshiki yoshio yuichi yuta yuya hinata itsuki akane asuka chiaki chihiro
        chika emiko fumiko hanako haruna hitomi kanako kazumi kyoko mayumi naoko natsumi reiko
        sayaka shiori takako tomomi yoshiko yuko yukiko miyu mitsuki koharu himari jihye jiyoung
        soojin sooyoung hyunjin minsoo minsu youngho dongho sanghoon seunghyun taeyang taehyun
        jaewon jaemin jungwoo kyungmin jinwoo hyunsoo seokjin haeun seoyun jiyun eunbi jieun jungmin
        sunhee younghee mijin eunseo subin yejin chaeyoung dahye hayoung nayeon seulgi yerin minhee
        sangmin sungho joonho junseo donghyun seungmin yongjun kyungsoo min-jun ji-hoon ji-woo
        seo-yeon ji-won min-ji su-jin hye-jin jae-hyun hyun-woo sung-min ji-hye eun-ji young-ho hoa
        vinh phuc cuong hoang huyen nga nhung oanh thuy tuyet xuan phong nghia toan tung hien chau
        giang
        """
        # African: West, Francophone West, East, Horn, Southern, and Amazigh North African
        """
        kemi kemisola
        kwame kwaku kwabena kojo kwesi akua abena efua adwoa akosua yaa esi kweku ekow adeola
        adewale ayodele babajide chidi chidinma chinedu chioma chukwuemeka emeka ifeoma ifeanyi
        ngozi nnamdi obinna oluwaseun seun tunde femi folake bolaji olumide segun uche uchenna
        yetunde amaka kelechi ikenna tobi temitope tolu yemi kehinde taiwo dayo bukola abimbola
        ayo gbenga aminu usman abubakar fatou aminata mamadou moussa ousmane ibrahima abdoulaye
        kadiatou mariama aissatou wanjiru wanjiku kamau njeri otieno achieng akinyi ochieng
        wambui muthoni baraka zawadi neema imani amani juma halima tendai tafadzwa tatenda
        farai chipo thandiwe thabo sipho themba lerato nomvula zanele bongani lindiwe mandla
        naledi kagiso palesa ayanda abebe dawit selam meron tigist yonas biniam
        adaeze adanna adaobi adebola adekunle ademola adenike adesola adetokunbo adunni akinola
        babatunde bisi busola chiamaka chibuike chidera chima chinwe chinonso chinyere damilola dapo
        ebere ebuka ejike ekene funmilayo ifeoluwa ijeoma ikechukwu kayode kunle lanre nkechi nkem
        nneka obioma ogechi okechukwu olamide olawale oluchi olufemi olusegun oluwatobi onyeka oyin
        remi sade simi tayo tobenna toyin yinka hauwa binta hadiza amina yakubu nasiru shehu kwadwo
        kwasi kobina afia afua adjoa ekua araba selorm senyo edem elikem dzifa enyonam delali mawuli
        esinam kekeli aliou cheikh modou ndeye awa astou fatoumata oumar seydou souleymane boubacar
        adama assane babacar djibril lamine malick sekou youssou coumba rokhaya dieynaba abdi akoth
        atieno awino chebet cherono jeptoo kiprop kibet nyambura wairimu wangari njoki wangui
        nyokabi mumbi mwende mueni omondi odhiambo adhiambo auma anyango makena kendi nkirote kinya
        zuri faraji jabari bahati rehema furaha tumaini subira upendo mwajuma hamisi rashidi eshe
        daudi mugisha nakato babirye aine akello nalule abel alemayehu amanuel bereket ermias eyob
        fikre girma haile henok kidus mulugeta natnael robel samson tadesse tesfaye tewodros yared
        yohannes abeba almaz betelhem hanna hiwot liya mahlet mekdes rahel saba selamawit senait
        tsion yordanos hirut feven kidist lidya helina abdirahman abdullahi faduma hodan ifrah ayan
        hibo sahra ubah guled ilhan deeqa sagal nimco hamdi filsan anele buhle busisiwe dineo
        dumisani hlengiwe karabo kabelo katlego khanyisile khaya lebo lebogang lwazi mbali mpho
        nokuthula nomsa nonhlanhla ntombi phumzile refilwe sibusiso sifiso siyabonga tebogo thandeka
        thulani tshepo tumelo vusi xolani zodwa zinhle andile bheki lungile mthunzi nhlanhla sandile
        sizwe thato bonolo boitumelo ofentse lesedi amogelang keabetswe kgothatso rethabile tinashe
        rutendo chiedza nyasha kudzai tapiwa munashe rumbidzai chanda mwila mulenga bwalya chilufya
        mwape thokozani chikondi limbani madalitso kondwani takunda ruvimbo vimbai fadzai shingai
        anesu kuda massinissa amayas lounes idir tinhinane kahina
        """
        # Irish, Scottish, Welsh
        """
        aoife niamh siobhan saoirse ciara roisin aisling grainne caoimhe eimear clodagh oisin cian
        darragh eoin padraig ronan cathal ciaran colm donal fionn seamus eamon tadhg ruairi dermot
        fergal gareth dafydd rhiannon bronwen carys cerys emrys gethin gwyn ifan iwan owain sian
        alasdair alistair ewan euan fraser hamish iain kirsty morag mhairi catriona eilidh ailsa
        """
        # Greek
        """
        achilleas alexandros anastasios angelos antonis apostolos athanasios christos dimitris
        dimitrios evangelos georgios giannis giorgos ilias ioannis kostas konstantinos lefteris
        manolis michalis nikos nikolaos panagiotis pantelis petros spyros stavros stelios theodoros
        thodoris vasilis yannis yiannis aggeliki athina chrysa despina dimitra eleni evangelia
        ioanna konstantina niki panagiota paraskevi vasiliki zoi eirini foteini kalliopi myrto
        """
        # Thai, Indonesian, Malay, Filipino
        """
        somchai somsak anan arthit kittisak nattapong prasert sompong suchart thanawat wichai
        nattaya siriporn somchit supaporn kanya malee porntip ratana wanida chanida kanokwan thitima
        apinya pornpimol narong chatchai pichai kamon sunee budi agus dewi putri wahyu rizky andi
        bayu dimas eko fajar hendra joko rudi teguh yudi ayu indah lestari wulan yanti ratna fitri
        nurul intan arief bambang dian gilang hadi irwan haziq aiman syafiq aziz hafiz amirul aisyah
        azlan zulkifli faizal shafiq izzat maricel marites rowena lorna jomar jayson mylene arnel
        reynaldo joselito analyn rosalie imelda luzviminda marivic
        """
        # Caribbean: Jamaican and Anglophone, Hispanic, Haitian
        """
        yunior yamilet yadira yesenia yaritza yulissa dayana yoel yasiel yuliet anabel yanelis akeem
        dwayne deshawn delroy errol leroy neville omari orville shamar kemar jermaine roshane
        shaquille tajay alrick odane kadeem keshawn jevon tevin trevon shantel tamika latoya tiana
        tameka kenisha wilner guerline widline ketia mackenson wesner
        """
        # Maori and Pacific Islander (Samoan, Tongan, Fijian, Hawaiian)
        """
        keala ikaika
        aroha anahera ariana hine huia kahu kahurangi kiri manaia moana nikau ngaio rangi rawiri
        tama tamati tane wiremu whetu hohepa mereana tipene marama mikaere sione siosaia tevita
        viliami losana malia mosese semisi salote iosefa ioane leilani kalani keanu makana noelani
        malakai tavita epeli litia seini keoni kekoa kaleo kainoa
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
# person; inside a sentence ("reviewed it with Frank Chen", "and Mark Chen") they are. So
# too "paloma", Spanish for dove: "Paloma Ruiz reviewed …" still names her.
WORD_NAMES = frozenset(
    """
    will bill mark grant rose grace may june april august summer autumn hope faith joy
    frank drew rich pat sue art ray dawn jack max ruby crystal amber ivy holly hunter chase
    chance page sky river hazel jade pearl penny mercy patience honor destiny paloma
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
