/** Where a published chart's page and files live. Pure; shared by build and browser code. */
export const embedPath = (id: string) => `/embed/${id}/`;
export const embedFiles = (id: string) => ({
  page: embedPath(id),
  json: `${embedPath(id)}chart.json`,
  png: `${embedPath(id)}chart.png`,
  svg: `${embedPath(id)}chart.svg`,
  csv: `${embedPath(id)}data.csv`,
});
