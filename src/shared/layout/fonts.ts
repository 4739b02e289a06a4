/**
 * Font roles of the printed report and the faces that fill them. The DOCX names the official faces
 * (Word/WPS on an office PC has them); the HTML/PDF names them first too, then falls back to the
 * bundled open-licensed faces (resources/fonts), so the PDF looks the same on every machine.
 */
export type FontRole = 'title' | 'body' | 'heading1' | 'heading2' | 'table' | 'pageNumber';
export type FontScheme = 'official' | 'system';

export interface BundledFace {
  /** Family name declared with @font-face; distinct from installed fonts so it never resolves to a CFF copy. */
  readonly family: string;
  readonly file: string;
  readonly weight: 400 | 700;
}

export const BUNDLED_FACES = {
  fang: { family: 'Nianbao Fang', file: 'FandolFang-Regular.ttf', weight: 400 },
  song: { family: 'Nianbao Song', file: 'FandolSong-Regular.ttf', weight: 400 },
  hei: { family: 'Nianbao Hei', file: 'FandolHei-Regular.ttf', weight: 400 },
  kai: { family: 'Nianbao Kai', file: 'FandolKai-Regular.ttf', weight: 400 },
  /** Stand-in for 方正小标宋简体: Noto Serif CJK SC Bold, subset to GB coverage. */
  xiaobiaosong: { family: 'Nianbao XiaoBiaoSong', file: 'NotoSerifSCGB-Bold.ttf', weight: 700 },
} as const satisfies Record<string, BundledFace>;

export interface RoleFaces {
  /** The face written into the DOCX (w:eastAsia and the other slots). */
  readonly docx: string;
  /** Bold in the DOCX (the system scheme has no 小标宋, so its title is bold 宋体). */
  readonly docxBold: boolean;
  /** Installed names tried first by the HTML, official names then their Windows/Mac aliases. */
  readonly installed: readonly string[];
  readonly bundled: BundledFace;
}

const SONG = ['宋体', 'SimSun', 'Songti SC'];
const FANG = ['仿宋', 'FangSong', 'STFangsong'];
const HEI = ['黑体', 'SimHei', 'Heiti SC'];
const KAI = ['楷体', 'KaiTi', 'STKaiti'];

const OFFICIAL: Record<FontRole, RoleFaces> = {
  title: {
    docx: '方正小标宋简体',
    docxBold: false,
    installed: ['方正小标宋简体', 'FZXiaoBiaoSong-B05S'],
    bundled: BUNDLED_FACES.xiaobiaosong,
  },
  body: {
    docx: '仿宋_GB2312',
    docxBold: false,
    installed: ['仿宋_GB2312', 'FangSong_GB2312', ...FANG],
    bundled: BUNDLED_FACES.fang,
  },
  heading1: { docx: '黑体', docxBold: false, installed: HEI, bundled: BUNDLED_FACES.hei },
  heading2: {
    docx: '楷体_GB2312',
    docxBold: false,
    installed: ['楷体_GB2312', 'KaiTi_GB2312', ...KAI],
    bundled: BUNDLED_FACES.kai,
  },
  table: { docx: '宋体', docxBold: false, installed: SONG, bundled: BUNDLED_FACES.song },
  pageNumber: { docx: '宋体', docxBold: false, installed: SONG, bundled: BUNDLED_FACES.song },
};

/** Faces every Windows PC has: for offices without the GB2312 fonts. */
const SYSTEM: Record<FontRole, RoleFaces> = {
  title: { docx: '宋体', docxBold: true, installed: SONG, bundled: BUNDLED_FACES.xiaobiaosong },
  body: { docx: '仿宋', docxBold: false, installed: FANG, bundled: BUNDLED_FACES.fang },
  heading1: { docx: '黑体', docxBold: false, installed: HEI, bundled: BUNDLED_FACES.hei },
  heading2: { docx: '楷体', docxBold: false, installed: KAI, bundled: BUNDLED_FACES.kai },
  table: { docx: '宋体', docxBold: false, installed: SONG, bundled: BUNDLED_FACES.song },
  pageNumber: { docx: '宋体', docxBold: false, installed: SONG, bundled: BUNDLED_FACES.song },
};

export function facesFor(scheme: FontScheme, role: FontRole): RoleFaces {
  return (scheme === 'official' ? OFFICIAL : SYSTEM)[role];
}

export const FONT_SCHEME_LABEL: Record<FontScheme, string> = {
  official: '公文字体（方正小标宋简体、仿宋_GB2312、黑体、楷体_GB2312）',
  system: '系统字体（宋体、仿宋、黑体、楷体）',
};
