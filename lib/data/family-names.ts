/**
 * Family names written first, as Chinese, Korean and Vietnamese names are ("Xiao Qiang", "Kang Young-hoon",
 * "Nguyen Van An"), romanised as English-language news writes them (pinyin, older and Cantonese spellings,
 * Revised Romanisation and its common variants, Vietnamese without tones). Written for Newsmark from the common
 * family names of each language; lower case. A name that starts with one and goes on with words in no list is a
 * person's (lib/nlp/entities/classify.ts); a family name that is also an everyday English word ("park", "long")
 * counts only before a Korean given name's shape ("Park Ji-won"). Not "Le" (Lê): French names start with it
 * ("Le Monde", "Le Mans").
 */
export const FAMILY_NAMES_FIRST = new Set(
  // Chinese (pinyin); a name shared by two languages is listed once, under the first.
  (
    'wang|li|zhang|liu|chen|yang|huang|zhao|wu|zhou|xu|sun|ma|zhu|hu|guo|he|lin|gao|luo|zheng|liang|xie|song|tang|' +
    'han|feng|deng|cao|peng|zeng|xiao|tian|dong|pan|yuan|cai|jiang|yu|du|ye|cheng|wei|su|lu|ding|ren|shen|yao|' +
    'jin|zhong|cui|tan|fan|qian|qin|dai|fu|fang|bai|zou|meng|xiong|qiu|hou|shi|kong|yan|xue|lei|hao|gong|' +
    'shao|wan|xiang|kang|mao|yin|gu|yi|chang|duan|lai|wen|niu|liao|zhan|jia|xia|xing|tao|hong|long|' +
    // Older and Cantonese spellings.
    'chan|cheung|chow|chiang|chung|ho|hsu|kwok|lam|lau|leung|mak|ng|tsang|tse|wong|yeung|yip|chou|hsieh|tsai|' +
    'kuo|teng|chu|hsiao|soong|tung|' +
    // Korean.
    'kim|lee|park|choi|jung|jeong|cho|yoon|yun|jang|lim|im|oh|seo|shin|kwon|hwang|ahn|jeon|' +
    'yoo|ryu|ko|moon|son|bae|baek|heo|nam|sim|noh|roh|ha|kwak|sung|cha|joo|woo|min|na|ji|chae|won|' +
    'chun|bang|hyun|ham|byun|yeo|seok|seol|gil|yeon|pyo|myung|ban|ra|tak|eun|' +
    // Vietnamese.
    'nguyen|tran|pham|hoang|huynh|phan|vu|vo|dang|bui|do|ngo|duong|ly|dinh|trinh|truong|mai|trieu'
  ).split('|'),
);

/** A Korean given name's shape: two syllables joined by a hyphen, the second in lower case ("Young-hoon"). */
export const KOREAN_GIVEN_SHAPE = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
