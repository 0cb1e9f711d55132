import { makeStyles, tokens } from '@fluentui/react-components';

/** Width of the chart's label column; the axis and every track line up against it. */
export const LABEL_WIDTH = '17rem';
/** The label column on a phone, where the chart scrolls sideways anyway. */
export const NARROW_LABEL_WIDTH = '10rem';

/** Styles of the chart, its axis and its rows. Colours are theme tokens only. */
export const useChartStyles = makeStyles({
  scroll: {
    overflowX: 'auto',
    maxWidth: '100%',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' }
  },
  chart: { position: 'relative', boxSizing: 'border-box' },
  line: { display: 'grid', alignItems: 'stretch' },
  axis: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground2 },
  axisTrack: { position: 'relative', height: '44px' },
  month: {
    position: 'absolute',
    top: 0,
    height: '22px',
    boxSizing: 'border-box',
    paddingInlineStart: '3px',
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase100,
    lineHeight: '22px',
    whiteSpace: 'nowrap',
    color: tokens.colorNeutralForeground1
  },
  // Above the shading of the months after it, when a label runs on past its own month.
  monthText: { position: 'relative', zIndex: 1 },
  closedMonth: { backgroundColor: tokens.colorNeutralBackground5, borderBottom: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStrokeAccessible}` },
  todayLabel: {
    position: 'absolute',
    top: '24px',
    paddingInline: '3px',
    fontSize: tokens.fontSizeBase100,
    lineHeight: '18px',
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`
  },
  body: { position: 'relative' },
  gridLine: { position: 'absolute', top: 0, bottom: 0, width: 0, borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`, pointerEvents: 'none' },
  todayLine: { position: 'absolute', top: 0, bottom: 0, width: 0, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, pointerEvents: 'none', zIndex: 1 },
  themeHeading: {
    position: 'sticky',
    left: 0,
    display: 'block',
    width: 'max-content',
    maxWidth: '100%',
    margin: 0,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalS
  },
  wsHeading: { position: 'sticky', left: 0, display: 'block', width: 'max-content', maxWidth: '100%', margin: 0, paddingBlock: tokens.spacingVerticalXS, paddingInline: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
  rows: { listStyle: 'none', margin: 0, padding: 0 },
  row: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  label: {
    position: 'sticky',
    left: 0,
    zIndex: 2,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0
  },
  open: { textAlign: 'start', minHeight: '24px', overflowWrap: 'anywhere' },
  caption: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  moved: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  track: { position: 'relative', minHeight: '52px' },
  baseline: {
    position: 'absolute',
    top: '8px',
    height: '8px',
    boxSizing: 'border-box',
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStrokeAccessible}`,
    borderRadius: tokens.borderRadiusSmall
  },
  current: { position: 'absolute', top: '20px', height: '12px', borderRadius: tokens.borderRadiusSmall, backgroundColor: tokens.colorBrandBackground, border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`, boxSizing: 'border-box' },
  movedPart: {
    position: 'absolute',
    top: '20px',
    height: '12px',
    boxSizing: 'border-box',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralForeground1}`,
    backgroundImage: `repeating-linear-gradient(135deg, ${tokens.colorNeutralForeground1} 0 2px, ${tokens.colorNeutralBackground1} 2px 5px)`
  },
  moveTag: {
    position: 'absolute',
    top: '18px',
    paddingInlineStart: '4px',
    fontSize: tokens.fontSizeBase100,
    lineHeight: '16px',
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
    color: tokens.colorNeutralForeground1
  },
  mark: { position: 'absolute', top: '35px', lineHeight: 0, color: tokens.colorNeutralForeground1, transform: 'translateX(-7px)' }
});
