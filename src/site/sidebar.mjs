/**
 * Sidebar groups with labels in both languages; entries are generated from the folders,
 * ordered by each page's `sidebar.order`.
 */
export const sidebar = [
  {
    label: 'Start here',
    translations: { ko: '시작하기' },
    items: [{ slug: 'index', label: 'About this lab', translations: { ko: '실습 소개' } }],
  },
  {
    label: 'Lessons',
    translations: { ko: '레슨' },
    autogenerate: { directory: 'lessons' },
  },
  {
    label: 'Reference',
    translations: { ko: '참고 자료' },
    autogenerate: { directory: 'reference' },
  },
  {
    label: 'For instructors',
    translations: { ko: '강사용 안내' },
    autogenerate: { directory: 'guide' },
  },
];
