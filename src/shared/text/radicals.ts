/**
 * Radical code points that PDF text layers emit for ordinary ideographs.
 *
 * A PDF producer rebuilds text from glyphs; when a font draws a radical code point with the same
 * glyph as an ideograph, extraction may yield the radical (⼀ U+2F00 for 一, ⻔ U+2ED4 for 门).
 * The text looks right but searches, checks and exports fail. These tables map every radical
 * to the ideograph a reader sees. NFKC is not enough: it leaves the supplement forms alone and
 * turns ⼾ into the traditional 戶 where a mainland font draws (and the text means) 户.
 */

/**
 * Kangxi Radicals U+2F00–U+2FD5, in code point order (214 characters). This is the NFKC target
 * except for the three radicals whose mainland glyph is the GB variant rather than the Kangxi
 * form: ⼾→户 (not 戶), ⾭→青 (not 靑), ⿈→黄 (not 黃). Traditional forms such as ⾨ 門 stay:
 * their simplified shapes have their own supplement code points (⻔), so a font drawing 门
 * never yields ⾨.
 */
const KANGXI_TARGETS =
  '一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀' +
  '寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈户手支攴文斗斤方无日曰月木欠止歹殳毋' +
  '比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸' +
  '缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛' +
  '辰辵邑酉釆里金長門阜隶隹雨青非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻' +
  '黄黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠';

/**
 * CJK Radicals Supplement U+2E80–U+2EF3 (U+2E9A is unassigned). Full-character forms map to
 * the simplified character (⻔→门, ⻓→长, ⺠→民); Japanese simplified forms map to the Chinese
 * simplified character (⻫→齐). Component shapes map to the unified ideograph of the same shape
 * (⻈→讠, ⺅→亻, ⺡→氵): that is exactly the glyph the reader saw.
 */
const SUPPLEMENT_TARGETS: Readonly<Record<number, string>> = {
  0x2e80: '冫',
  0x2e81: '厂',
  0x2e82: '乛',
  0x2e83: '乚',
  0x2e84: '乙',
  0x2e85: '亻',
  0x2e86: '冂',
  0x2e87: '几',
  0x2e88: '刀',
  0x2e89: '刂',
  0x2e8a: '卜',
  0x2e8b: '㔾',
  0x2e8c: '小',
  0x2e8d: '小',
  0x2e8e: '兀',
  0x2e8f: '尣',
  0x2e90: '尢',
  0x2e91: '尢',
  0x2e92: '巳',
  0x2e93: '幺',
  0x2e94: '彑',
  0x2e95: '彐',
  0x2e96: '忄',
  0x2e97: '心',
  0x2e98: '扌',
  0x2e99: '攵',
  0x2e9b: '旡',
  0x2e9c: '日',
  0x2e9d: '月',
  0x2e9e: '歺',
  0x2e9f: '母',
  0x2ea0: '民',
  0x2ea1: '氵',
  0x2ea2: '氺',
  0x2ea3: '灬',
  0x2ea4: '爫',
  0x2ea5: '爫',
  0x2ea6: '丬',
  0x2ea7: '牛',
  0x2ea8: '犭',
  0x2ea9: '王',
  0x2eaa: '疋',
  0x2eab: '罒',
  0x2eac: '示',
  0x2ead: '礻',
  0x2eae: '竹',
  0x2eaf: '糹',
  0x2eb0: '纟',
  0x2eb1: '罓',
  0x2eb2: '罒',
  0x2eb3: '㓁',
  0x2eb4: '罒',
  0x2eb5: '网',
  0x2eb6: '羊',
  0x2eb7: '羊',
  0x2eb8: '羊',
  0x2eb9: '耂',
  0x2eba: '肀',
  0x2ebb: '聿',
  0x2ebc: '月',
  0x2ebd: '臼',
  0x2ebe: '艹',
  0x2ebf: '艹',
  0x2ec0: '艹',
  0x2ec1: '虎',
  0x2ec2: '衤',
  0x2ec3: '覀',
  0x2ec4: '西',
  0x2ec5: '见',
  0x2ec6: '角',
  0x2ec7: '角',
  0x2ec8: '讠',
  0x2ec9: '贝',
  0x2eca: '足',
  0x2ecb: '车',
  0x2ecc: '辶',
  0x2ecd: '辶',
  0x2ece: '辶',
  0x2ecf: '阝',
  0x2ed0: '钅',
  0x2ed1: '長',
  0x2ed2: '镸',
  0x2ed3: '长',
  0x2ed4: '门',
  0x2ed5: '阜',
  0x2ed6: '阝',
  0x2ed7: '雨',
  0x2ed8: '青',
  0x2ed9: '韦',
  0x2eda: '页',
  0x2edb: '风',
  0x2edc: '飞',
  0x2edd: '食',
  0x2ede: '飠',
  0x2edf: '飠',
  0x2ee0: '饣',
  0x2ee1: '首',
  0x2ee2: '马',
  0x2ee3: '骨',
  0x2ee4: '鬼',
  0x2ee5: '鱼',
  0x2ee6: '鸟',
  0x2ee7: '卤',
  0x2ee8: '麦',
  0x2ee9: '黄',
  0x2eea: '黾',
  0x2eeb: '齐',
  0x2eec: '齐',
  0x2eed: '齿',
  0x2eee: '齿',
  0x2eef: '龙',
  0x2ef0: '龙',
  0x2ef1: '龟',
  0x2ef2: '龟',
  0x2ef3: '龟',
};

const KANGXI_FIRST = 0x2f00;
const KANGXI_LAST = 0x2fd5;

/** The ideograph a radical code point stands for, or undefined when `codePoint` is no radical. */
export function ideographForRadical(codePoint: number): string | undefined {
  if (codePoint >= KANGXI_FIRST && codePoint <= KANGXI_LAST) {
    return KANGXI_TARGETS[codePoint - KANGXI_FIRST];
  }
  return SUPPLEMENT_TARGETS[codePoint];
}
