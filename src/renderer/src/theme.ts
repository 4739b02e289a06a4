import { createTheme } from '@mantine/core';

/** System CJK faces only: the app is offline and ships no UI web fonts. */
const UI_FONTS =
  '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", system-ui, sans-serif';

export const theme = createTheme({
  fontFamily: UI_FONTS,
  headings: { fontFamily: UI_FONTS },
  primaryColor: 'blue',
  defaultRadius: 'sm',
  // A clerk who turned animations off in Windows/Linux gets dialogs that appear at once.
  respectReducedMotion: true,
});
