import { ESLint } from 'eslint';

const eslint = new ESLint();

/** The boundary and cycle errors ESLint reports for a file at `filePath` holding `code`. */
async function boundaryErrors(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'import-x/no-restricted-paths' || m.ruleId === 'import-x/no-cycle')
    .map((m) => m.message);
}

describe('import boundaries a machine checks', () => {
  it.each([
    [
      'a view importing another view',
      'src/views/home/Fixture.tsx',
      "import { TimelineView } from '../timeline/TimelineView';\nexport const x = TimelineView;\n",
      /A view imports no other view/,
    ],
    [
      'a view importing another view dynamically',
      'src/views/home/Fixture.tsx',
      "export const load = () => import('../leaders/LeaderView');\n",
      /A view imports no other view/,
    ],
    [
      'a component importing a view',
      'src/components/Fixture.tsx',
      "import { HomeView } from '../views/home/HomeView';\nexport const x = HomeView;\n",
      /Components import no views/,
    ],
    [
      'a hook importing a component',
      'src/hooks/useFixture.ts',
      "import { CitationList } from '../components/CitationList';\nexport const x = CitationList;\n",
      /Hooks import no components or views/,
    ],
    [
      'the content module importing from the app',
      'src/content/fixture.ts',
      "import { paths } from '../paths';\nexport const x = paths;\n",
      /The content module imports nothing from the app/,
    ],
    [
      'two modules importing each other',
      'src/content/eventSelectors.ts',
      "import { allCommitments } from './commitmentSelectors';\nexport const allEvents = () => allCommitments();\n",
      /cycle/i,
    ],
  ])('fails on %s', async (_, filePath, code, message) => {
    const errors = await boundaryErrors(filePath, code);
    expect(errors).toEqual([expect.stringMatching(message)]);
  });

  it('lets imports flow the right way: a view using components, content and its own parts', async () => {
    const code = [
      "import { CitationList } from '../../components/CitationList';",
      "import { allEvents } from '../../content/eventSelectors';",
      "import { EventCard } from './EventCard';",
      'export const parts = [CitationList, allEvents, EventCard];',
      '',
    ].join('\n');
    expect(await boundaryErrors('src/views/timeline/Fixture.tsx', code)).toEqual([]);
  });
});

/** The restricted-import errors ESLint reports for a file at `filePath` holding `code`. */
async function restrictedImports(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports');
}

describe('pictures laid out at build time', () => {
  it.each([
    ['a view importing d3', 'src/views/home/Fixture.tsx', "import { geoPath } from 'd3-geo';"],
    [
      'a component importing a layout',
      'src/components/Fixture.tsx',
      "import { layOut } from '../content/layout/fixture';",
    ],
    [
      'a selector importing a layout',
      'src/content/fixtureSelectors.ts',
      "import { layOut } from './layout/fixture';",
    ],
    [
      'the content module importing React',
      'src/content/fixture.ts',
      "import { useState } from 'react';",
    ],
  ])('fails on %s', async (_, filePath, code) => {
    expect(await restrictedImports(filePath, `${code}\nexport {};\n`)).toHaveLength(1);
  });

  it('lets a picture data module call a layout, and a layout call d3', async () => {
    const data = "import { layOut } from '../layout/fixture';\nexport const x = layOut;\n";
    const layout = "import { scaleTime } from 'd3-scale';\nexport const layOut = scaleTime;\n";
    expect(await restrictedImports('src/content/pictures/fixture.ts', data)).toEqual([]);
    expect(await restrictedImports('src/content/layout/fixture.ts', layout)).toEqual([]);
  });
});
