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
  'emmanuel|francois|françois|nicolas|jean-luc|jean-marie|marine|gabriel|olaf|friedrich|frank-walter|annalena|' +
  'giorgia|matteo|mario|silvio|sergio|pedro|mariano|jose|luiz|jair|javier|gustavo|andres|nayib|daniel|alberto|' +
  'justin|pierre|joe|kamala|donald|barack|hillary|mitch|chuck|nancy|mike|ron|ted|marco|rand|lindsey|elon|jeff|' +
  'mark|sundar|satya|tim|sam|warren|rishi|boris|theresa|liz|keir|jeremy|sadiq|nicola|humza|ursula|charles|' +
  'volodymyr|dmytro|oleksii|kyrylo|valerii|andriy|vitali|yulia|petro|viktor|sergei|sergey|dmitry|dmitri|' +
  'alexei|yevgeny|ramzan|valery|nikolai|maria|yuri|gennady|anatoly|vyacheslav|sergiy|leonid|mikheil|aleksandar|' +
  'aleksander|alexandr|aleksandras|gitanas|andrzej|mateusz|donald|jaroslaw|jarosław|viktor|zoran|edi|milo|' +
  'recep|ilham|nikol|kassym-jomart|nursultan|shavkat|emomali|sadyr|serdar|gurbanguly|alexandros|kyriakos|' +
  'narendra|rahul|amit|arvind|manmohan|sonia|shehbaz|imran|nawaz|asif|hasina|ranil|gotabaya|' +
  'joko|prabowo|anwar|mahathir|ferdinand|rodrigo|bongbong|prayut|thaksin|srettha|fumio';

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

const UNISEX = 'alex|sam|chris|jordan|taylor|morgan|robin|kim|jean|andrea|nicola|ali|sasha|yuki|hikaru|lee|jamie';

/** Given names, male. */
export const MALE_NAMES: ReadonlySet<string> = new Set(MALE.split('|'));
/** Given names, female. */
export const FEMALE_NAMES: ReadonlySet<string> = new Set(FEMALE.split('|'));
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
