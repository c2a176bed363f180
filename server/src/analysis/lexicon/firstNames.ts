/**
 * Given names, used to recognise a capitalised run as a person ("Alexander Gabuev") and to
 * guess grammatical gender for pronoun resolution. Drawn from many languages because news
 * names people from everywhere. Lower-cased. A name used for both is in neither list but in
 * UNISEX_NAMES. Family-name-first naming (Chinese, Korean, Vietnamese) is covered by
 * FAMILY_NAMES_FIRST: "Xi Jinping", "Kim Jong-un".
 */

const MALE =
  'aaron|abdul|abdullah|abraham|adam|adrian|ahmad|ahmed|alan|albert|alberto|alejandro|aleksandr|aleksei|alessandro|' +
  'alex|alexander|alexandre|alexei|alexey|alfred|ali|alistair|amir|anatoly|andre|andrea|andreas|andrei|andrej|' +
  'andres|andrew|andrey|andriy|angelo|anthony|anton|antonio|antony|anwar|arnold|arsen|arseniy|arthur|artur|' +
  'ashraf|ayman|barack|bashar|ben|benjamin|benedict|benny|benoit|bernard|bernie|bill|billy|bob|bobby|boris|brad|' +
  'bradley|brandon|brian|bruce|bruno|bryan|carl|carlo|carlos|cesar|charles|charlie|chris|christian|christoph|' +
  'christopher|claude|clement|colin|craig|cristiano|dan|daniel|danny|dario|dave|david|dean|denis|dennis|denys|' +
  'derek|diego|dmitri|dmitry|dmytro|dominic|donald|doug|douglas|duncan|edgar|eduardo|edward|emmanuel|emre|enrique|' +
  'eric|erik|ernesto|evgeny|fabio|farid|fedor|felipe|felix|fernando|fidel|filip|francesco|francis|francisco|' +
  'franco|frank|franz|fred|frederick|gabriel|gary|gennady|geoffrey|george|georgy|gerald|gerhard|giorgio|giovanni|' +
  'giuseppe|glen|glenn|gordon|graham|greg|gregory|guido|gustavo|hamid|hans|harold|harry|hassan|hector|heinrich|' +
  'helmut|henri|henry|herbert|hossein|hugh|hugo|hussein|ian|ibrahim|igor|ilya|imran|isaac|ismail|ivan|jack|jacob|' +
  'jacques|jaime|jake|james|jamie|jan|jared|jason|javier|jean|jeff|jeffrey|jens|jeremy|jerome|jerry|jim|jimmy|' +
  'joachim|joe|joel|johan|johann|john|johnny|jon|jonathan|jorge|jose|josé|josef|joseph|josh|joshua|juan|julian|' +
  'julio|justin|kamal|karim|karl|keir|keith|ken|kenneth|kevin|khalid|kim|kirill|klaus|konstantin|kurt|kyle|larry|' +
  'lars|lawrence|lee|leo|leon|leonid|lionel|lloyd|lorenzo|louis|luca|lucas|luigi|luis|luiz|lukas|luke|mahmoud|' +
  'makoto|malcolm|manuel|marc|marcel|marco|marcus|mario|mark|marko|martin|mateo|matt|matteo|matthew|matthias|' +
  'maurice|max|maxim|maxime|mehmet|michael|michel|miguel|mike|mikhail|milan|miroslav|mitch|mohamed|mohammad|' +
  'mohammed|muhammad|mustafa|mykhailo|mykola|naftali|narendra|nathan|neil|nelson|nicholas|nick|nicola|nicolas|' +
  'niels|nigel|nikita|nikolai|nikolay|noah|norman|oleg|oleksandr|oleksiy|oliver|olivier|omar|oscar|osama|otto|' +
  'owen|pablo|paolo|pascal|patrick|paul|pavel|pavlo|pedro|pete|peter|petr|petro|philip|philippe|pierre|piotr|' +
  'rafael|rahul|rajesh|ralph|ramzan|raul|ray|raymond|recep|reza|ricardo|richard|rick|rishi|rob|robert|roberto|' +
  'rodrigo|roger|roman|ron|ronald|rudolf|rudy|rupert|russell|ryan|saddam|salman|sam|samuel|sanjay|scott|' +
  'sean|sebastian|serge|sergei|sergey|sergio|serhiy|shinzo|simon|stanislav|stefan|stephen|steve|steven|stuart|' +
  'sven|taras|ted|terry|theo|theodore|thierry|thomas|tim|timothy|tobias|todd|tom|tommy|tony|tyler|umar|uwe|' +
  'valentin|valery|vasily|viktor|vincent|vitali|vitaly|vladimir|vladislav|volodymyr|walter|warren|wayne|werner|' +
  'wilhelm|william|willie|wolfgang|xavier|yaakov|yair|yakov|yannick|yasser|yevgeny|yoav|yousef|youssef|yuri|yury|' +
  'yusuf|zach|zachary|zelimkhan|zoltan|viktor|yoshihide|fumio|shigeru|junichiro|hideki|akira|hiroshi|kenji|takeshi|' +
  'abiy|cyril|jacob|thabo|nelson|uhuru|william|yoweri|paul|bola|muhammadu|goodluck|olusegun|emmerson|robert|' +
  'hakainde|macky|alassane|ismail|recep|ekrem|kemal|ahmet|binali|benjamin|yitzhak|ehud|shimon|avigdor|itamar|' +
  'ebrahim|hassan|mahmoud|hossein|javad|ali|abbas|ismail|mahmoud|nouri|haider|moqtada|bashar|hafez|nawaf|' +
  'emmanuel|francois|françois|nicolas|jean-luc|jean-marie|gabriel|olaf|friedrich|frank-walter|' +
  'matteo|mario|silvio|sergio|pedro|mariano|jose|luiz|jair|javier|gustavo|andres|nayib|daniel|alberto|' +
  'justin|pierre|joe|donald|barack|mitch|chuck|mike|ron|ted|marco|rand|lindsey|elon|jeff|' +
  'mark|sundar|satya|tim|sam|warren|rishi|boris|keir|jeremy|sadiq|nicola|humza|charles|' +
  'volodymyr|dmytro|oleksii|kyrylo|valerii|andriy|vitali|petro|viktor|sergei|sergey|dmitry|dmitri|' +
  'alexei|yevgeny|ramzan|valery|nikolai|yuri|gennady|anatoly|vyacheslav|sergiy|leonid|mikheil|aleksandar|' +
  'aleksander|alexandr|aleksandras|gitanas|andrzej|mateusz|donald|jaroslaw|jarosław|viktor|zoran|edi|milo|' +
  'recep|ilham|nikol|kassym-jomart|nursultan|shavkat|emomali|sadyr|serdar|gurbanguly|alexandros|kyriakos|' +
  'narendra|rahul|amit|arvind|manmohan|shehbaz|imran|nawaz|asif|hasina|ranil|gotabaya|' +
  'joko|prabowo|anwar|mahathir|ferdinand|rodrigo|bongbong|prayut|thaksin|srettha|fumio';

const MORE_MALE =
  'andy|alan|allen|alvin|arnie|barry|bart|benny|bert|bobby|brent|brett|caleb|calvin|cameron|carter|chad|chester|clarence|clark|clifford|clint|clyde|cody|conrad|corey|curtis|dale|dallas|damian|damon|darren|darryl|dean|derrick|desmond|dick|dominique|don|donnie|dwight|earl|ed|eddie|edwin|elijah|elliot|elliott|elmer|elvis|emmett|ernest|ethan|eugene|evan|floyd|forrest|francis|frankie|franklin|fredrick|gavin|gene|gilbert|gordon|grant|gus|hank|harvey|herb|herman|homer|howard|hunter|irving|isaiah|ivan|jackson|jamal|jared|jay|jeffery|jerald|jermaine|jesse|jimmie|joey|johnnie|jonah|julius|kirk|kurt|lance|lenny|leonard|leroy|leslie|lester|lewis|liam|lincoln|logan|lonnie|lou|lowell|luther|lyle|marvin|mason|maurice|melvin|micheal|miles|milton|mitchell|monty|morris|neal|ned|nolan|norris|oliver|orlando|otis|perry|phil|preston|quentin|ralph|randall|randy|reggie|rex|rhys|ricky|rob|robbie|rodney|roland|ronnie|ross|roy|ruben|rufus|russ|salvatore|seth|shane|shawn|sheldon|sid|stan|stanley|sterling|stewart|tanner|terrence|thad|travis|trent|trevor|troy|tyrone|vernon|vic|victor|vince|wade|wallace|wes|wesley|wilbur|willard|wilson|winston|woody|wyatt|zane|ahmed|hamdullah|hamid|ashraf|abdel|abdelaziz|abdulaziz|abu|adel|akram|amr|anas|basil|bilal|faisal|fahad|fawad|habib|hadi|haitham|hamza|hani|harun|hisham|jamal|jawad|karam|khaled|mahdi|majid|malik|mansour|marwan|mazen|mohsen|mounir|nabil|nasser|nizar|qasim|rami|rashid|riyad|saad|saeed|salah|salim|sami|samir|tariq|walid|yahya|yaser|yazid|zaid|ziad|arjun|ashok|deepak|gaurav|karan|krishna|manish|mohan|nikhil|prakash|rajiv|rakesh|ramesh|ravi|sachin|sandeep|sanjeev|suresh|vijay|vikram|vivek|yogi|shiv|hiroshi|kazuo|kenzo|koji|masahiro|naoki|satoshi|shinji|taro|yuki|jun|wei|ming|jian|hao|jie|chong|kwame|kofi|jomo|ahmadou|amadou|moussa|mamadou|oumar|seydou|kiir|salva|riek|tedros|hailemariam|meles|cyril|jacob|julius|jakaya|john-paul|jean-pierre|jean-claude|jean-paul|pierre-yves|giancarlo|gianni|pier|luciano|massimo|maurizio|enrico|vittorio|ugo|fabrizio|stefano|alessio|andrea|emilio|federico|leonardo|pietro|raffaele|renato|salvador|santiago|sebastian|tomas|vicente|jordi|joaquin|ignacio|alvaro|gonzalo|inigo|rafa|xavi|nuno|rui|tiago|joao|joão|goran|dragan|nenad|bojan|jovan|ivica|tomislav|zlatko|andras|gabor|laszlo|istvan|janos|tamas|mikael|anders|bjorn|erik|gunnar|henrik|lars|magnus|nils|olav|stig|sven|tor|ulf|jens|mads|rasmus|soren|jari|juha|kimi|pekka|sauli|alar|toomas|vaira|valdis|egils|arturas|gediminas|dmitro|yuriy|bohdan|ihor|oleh|vasyl|volodimir|yevhen|mikhailo|anatolii|serhii|ruslan|rustam|timur|arkady|boris|gleb|grigory|mikhail|pyotr|ramil|semyon|stanislav|vadim|yaroslav|zakhar|aleksey|artem|artyom|denis|fyodor|kirill|matvei|yegor|heinz|jurgen|jürgen|manfred|rainer|reinhard|ralf|sigmar|thorsten|ulrich|volker|winfried|armin|markus|christian|dieter|florian|gunther|horst|joschka|lothar|norbert|peer|robert';

const MORE_FEMALE =
  'abby|addison|adele|alexis|allison|alyssa|amelie|andrea|angie|annie|april|ariana|ashlee|autumn|ava|avery|bailey|becky|belinda|bella|bernadette|beth|bethany|bonnie|brianna|brittany|brooke|caitlin|candace|carly|carolyn|carrie|cassandra|cathy|celeste|charlene|cheryl|christy|clare|colleen|connie|courtney|crystal|daisy|danielle|darlene|dawn|deanna|debbie|delia|destiny|dolores|doris|edith|eileen|elaine|eliza|ella|eloise|emilia|erica|erika|esther|ethel|eugenia|faye|felicia|gail|georgia|geraldine|gina|ginger|gladys|glenda|gwen|gwendolyn|haley|harriet|hazel|heather|holly|hope|ida|irene|iris|isla|ivy|jackie|jacqueline|jade|jan|janice|jeanette|jeanne|jenna|jenny|jo|joanne|jocelyn|jodie|josie|joy|juanita|julianne|june|kara|kari|kathy|katrina|kay|kayla|kelsey|kendra|kerry|kiara|kimberly|kirsten|krista|kristen|kylie|lacey|latoya|leah|lena|leslie|lillian|lily|lindsay|lindsey|lois|lola|loretta|lorraine|louise|lucille|lydia|lynn|mabel|mackenzie|madeline|madison|mae|mandy|marcia|marian|marilyn|marjorie|marlene|maureen|mavis|meghan|melanie|mildred|miranda|misty|molly|muriel|myra|nadine|naomi|nora|norma|olive|paige|pam|pat|patsy|peggy|penelope|phoebe|phyllis|polly|priscilla|rachael|regina|renee|rhonda|roberta|robyn|rosalind|rose|rosemary|roxanne|ruby|sadie|sally|shannon|shauna|shelby|shelley|sherry|shirley|sierra|stacey|stacy|stella|sue|summer|susie|sydney|tabitha|tammy|tara|terri|tess|thelma|tina|toni|tracey|tracy|trudy|valeska|vicky|vicki|viola|violet|vivian|wanda|whitney|willow|yolanda|yvonne|zara|amneh|aya|amina|amira|dalia|dina|farah|hala|hana|hanan|huda|iman|jamila|lamia|layla|lina|maha|mariam|maryam|mona|nada|noor|nour|rania|rasha|reem|salma|samira|sana|yasmin|yasmine|zahra|zeinab|aarti|anjali|deepa|divya|kavita|lakshmi|meera|neha|pooja|priya|radha|rekha|sita|sunita|aiko|akiko|haruka|keiko|mariko|naoko|sakura|tomoko|yoko|yumi|mei|ling|xiu|ying|fang|hua|jing|lan|li-ling|chiara|elisa|federica|francesca|giovanna|ilaria|paola|sabrina|valeria|carolina|catalina|elena|fernanda|gabriela|guadalupe|isabela|lucia|luisa|marisol|mercedes|pilar|raquel|rocio|ximena|agnieszka|beata|ewa|joanna|katarzyna|malgorzata|anja|birgit|gisela|heike|jutta|katrin|petra|renate|ursula|astrid|birgitta|ingrid|karin|kristin|liv|sigrid|solveig|tove|ulla|annika|jelena|milica|snezana|dragana|ivana|marija|svetla|galina|lidia|lyudmila|nataliya|oksana|raisa|valentyna|zoya|inna|alla|yana|ksenia|polina|sofiya|veronika|alyona';

const FEMALE =
  'abigail|ada|adriana|agnes|aisha|alexandra|alexa|alice|alicia|alina|alison|amanda|amber|amelia|amy|ana|anastasia|' +
  'andrea|angela|angelina|anita|ann|anna|anne|annette|antonia|ashley|audrey|barbara|beatrice|beatriz|betty|' +
  'beverly|brenda|bridget|brigitte|camila|carla|carmen|carol|caroline|catherine|cecilia|charlotte|chloe|christina|' +
  'christine|cindy|claire|clara|claudia|cristina|cynthia|dana|daniela|daria|darya|deborah|debra|denise|diana|' +
  'diane|dilma|donna|dorothy|elena|eleanor|elisabeth|elizabeth|ella|ellen|elsa|emily|emma|erin|eva|evelyn|' +
  'fatima|fiona|florence|frances|francesca|gabriela|gabrielle|giulia|gloria|grace|hannah|heather|heidi|helen|' +
  'helena|hilary|hillary|ilhan|ingrid|irina|isabel|isabella|jacinda|jane|janet|janet|jasmine|jean|jennifer|' +
  'jessica|jill|joan|joanna|josephine|joyce|judith|judy|julia|julie|karen|karin|kate|katherine|kathleen|kathryn|' +
  'katie|kamala|kelly|kerry|kim|kristina|larisa|laura|lauren|leila|liliana|linda|lisa|liz|lucia|lucy|ludmila|' +
  'lyudmila|magdalena|maria|marie|marina|marine|margaret|margarethe|margot|marta|martha|mary|maya|megan|melania|' +
  'melissa|mia|michelle|mila|monica|nadia|nadezhda|naledi|nancy|natalia|natalie|natasha|nicole|nikki|nina|' +
  'olena|olga|olivia|oksana|pamela|patricia|paula|pauline|priti|rachel|rebecca|rita|rosa|ruth|sabine|sahra|' +
  'samantha|sandra|sanna|sara|sarah|sharon|sheila|shirin|silvia|simone|sofia|sonia|sophia|sophie|stephanie|' +
  'susan|suzanne|svetlana|sylvia|tamara|tanya|tatiana|tatyana|teresa|theresa|tiffany|ursula|valentina|valerie|' +
  'vanessa|vera|veronica|victoria|viktoria|virginia|wendy|yulia|yuliia|zainab|zoe|zuzana|annalena|giorgia|' +
  'kaja|kristalina|christine|roberta|mette|magdalena|kirsty|nicola|liz|suella|yvette|angela|hillary|nancy|' +
  'kamala|alexandria|ayanna|rashida|nikki|kristi|kathy|gretchen|marjorie|lauren|elise|benazir|indira|' +
  'nirmala|smriti|mamata|sushma|yingluck|anna|ekaterina|yekaterina|valentina|elvira|maria|' +
  'iryna|olena|yulia|liudmyla|tetiana|oleksandra|kateryna|viktoriia';

const UNISEX = 'jan|leslie|lindsey|alex|sam|chris|jordan|taylor|morgan|robin|kim|jean|andrea|nicola|ali|sasha|yuki|hikaru|lee|jamie';

/** Given names, male. */
export const MALE_NAMES: ReadonlySet<string> = new Set([...MALE.split('|'), ...MORE_MALE.split('|')]);
/** Given names, female. */
export const FEMALE_NAMES: ReadonlySet<string> = new Set([...FEMALE.split('|'), ...MORE_FEMALE.split('|')]);
/** Given names used for both, so no gender guess is made from them. */
export const UNISEX_NAMES: ReadonlySet<string> = new Set(UNISEX.split('|'));

/**
 * Family names written first (Chinese, Korean, Vietnamese, Hungarian in their own usage):
 * a capitalised run starting with one of them and followed by another capitalised word is a
 * person ("Xi Jinping", "Wang Yi", "Kim Jong-un"). Never enough alone: "He" and "Ma" are words.
 */
export const FAMILY_NAMES_FIRST: ReadonlySet<string> = new Set(
  (
    'xi|li|wang|zhang|liu|chen|yang|huang|zhao|wu|zhou|xu|sun|ma|zhu|hu|guo|he|lin|gao|luo|zheng|liang|xie|song|' +
    'tang|han|feng|deng|cao|peng|zeng|xiao|tian|dong|pan|yuan|cai|jiang|yu|du|ye|cheng|wei|su|lu|ding|ren|shen|' +
    'yao|qin|mao|kim|lee|park|choi|jung|kang|cho|yoon|jang|lim|moon|nguyen|tran|le|pham|hoang|vo|dang|bui|ngo'
  ).split('|'),
);

/** Family-name endings typical of Slavic and other names, used for names written in lower case ("volfovich"). */
export const FAMILY_NAME_ENDINGS: readonly string[] = [
  'ovich', 'evich', 'ovych', 'yevich', 'ovna', 'evna', 'enko', 'chenko', 'ovsky', 'evsky', 'sky', 'skiy', 'skyi',
  'ski', 'ska', 'ova', 'eva', 'ov', 'ev', 'yev', 'in', 'ina', 'yan', 'ian', 'uk', 'yuk', 'chuk', 'ich', 'ić', 'vili',
  'dze', 'escu', 'oglu', 'oğlu', 'son', 'sen', 'stein', 'berg', 'mann',
];

/** A name without its accents, as the lists hold most names: "élise" -> "elise", "rubén" -> "ruben". */
export function withoutAccents(lower: string): string {
  return lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
