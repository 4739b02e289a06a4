import type { SectionSpec } from './types';
import {
  S1_SUBHEADINGS,
  S5_SUBHEADINGS,
  S6_SUBHEADINGS,
  SECTION_GUIDANCE,
  SECTION_HEADINGS,
} from './labels';

/** The six fixed sections, in order; the same in both format versions. */
export const SECTIONS: readonly SectionSpec[] = [
  {
    kind: 'text',
    no: '一',
    id: 's1',
    heading: SECTION_HEADINGS.s1,
    defaultSubheadings: S1_SUBHEADINGS,
    guidance: SECTION_GUIDANCE.s1,
  },
  {
    kind: 'table',
    no: '二',
    id: 't2',
    heading: SECTION_HEADINGS.t2,
    guidance: SECTION_GUIDANCE.t2,
  },
  {
    kind: 'table',
    no: '三',
    id: 't3',
    heading: SECTION_HEADINGS.t3,
    guidance: SECTION_GUIDANCE.t3,
  },
  {
    kind: 'table',
    no: '四',
    id: 't4',
    heading: SECTION_HEADINGS.t4,
    guidance: SECTION_GUIDANCE.t4,
  },
  {
    kind: 'text',
    no: '五',
    id: 's5',
    heading: SECTION_HEADINGS.s5,
    defaultSubheadings: S5_SUBHEADINGS,
    guidance: SECTION_GUIDANCE.s5,
  },
  {
    kind: 'text',
    no: '六',
    id: 's6',
    heading: SECTION_HEADINGS.s6,
    defaultSubheadings: S6_SUBHEADINGS,
    guidance: SECTION_GUIDANCE.s6,
  },
];
