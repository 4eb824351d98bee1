import { MermaidSourceError, readMermaid } from '@/lib/mdx/mermaid/source';

function errorOf(code: string): { line: number; message: string } {
  try {
    readMermaid(code);
  } catch (error) {
    if (error instanceof MermaidSourceError) return { line: error.line, message: error.message };
    throw error;
  }
  throw new Error('no error');
}

describe('readMermaid: flowcharts', () => {
  it('puts spaces around arrows, which the library needs to tell ids from arrows', () => {
    expect(readMermaid('flowchart LR\nA-->B\nB-.->C\nC==>D\nD---E').text).toBe('flowchart LR\nA --> B\nB -.-> C\nC ==> D\nD --- E');
  });

  it('gives ids in other scripts an ASCII name, keeping them as labels', () => {
    expect(readMermaid('graph TD\n开发者 --> 测试\n测试 --> 开发者').text).toBe('flowchart TD\n_1[开发者] --> _2[测试]\n_2 --> _1');
  });

  it('gives each subgraph an id, so one titled in Chinese is laid out with its edges', () => {
    const { text } = readMermaid('flowchart LR\nsubgraph 用户层\nA[开发者<br/>提交代码] --> B(CI)\nend\nsubgraph one [Cluster A]\nC\nend\nB -.->|回滚| C');
    expect(text).toBe('flowchart LR\nsubgraph _1 [用户层]\nA[开发者<br/>提交代码] --> B(CI)\nend\nsubgraph one [Cluster A]\nC\nend\nB -.->|回滚| C');
  });

  it('writes a node label given on a later line on its first mention, as Mermaid shows it', () => {
    expect(readMermaid('flowchart LR\nA --> B\nB{Decide}').text).toBe('flowchart LR\nA --> B{Decide}\nB{Decide}');
  });

  it('reads text labels, chains, & groups, classes and styles', () => {
    const { text } = readMermaid(
      'flowchart\nA -- yes --> B & C:::hot\nB -. maybe .-> D == sure ==> E;\nclassDef hot fill:#f96\nclass B,C hot\nstyle D stroke-width:2px\n%% a comment',
    );
    expect(text).toBe(
      'flowchart TD\nA -->|yes| B & C:::hot\nB -.->|maybe| D ==>|sure| E\nclassDef hot fill:#f96\nclass B,C hot\nstyle D stroke-width:2px',
    );
  });

  it('takes accTitle and accDescr as the text alternative', () => {
    const source = readMermaid('flowchart LR\naccTitle: Release\naccDescr {\n  Code goes\n  to the cluster\n}\nA --> B');
    expect(source).toEqual({ kind: 'flowchart', text: 'flowchart LR\nA --> B', title: 'Release', description: 'Code goes to the cluster' });
  });

  it.each([
    ['flowchart LR\nA --> B\nA --o C', 3, /circle and cross edge ends/],
    ['flowchart LR\n\nA[unclosed --> B', 3, /cannot read "\[unclosed --> B"/],
    ['flowchart LR\nA --> B; B --> C', 2, /cannot read "; B --> C"/],
    ['flowchart LR\nsubgraph S\nA --> B', 2, /subgraph is never closed/],
    ['flowchart LR\nA --> B\nend', 3, /"end" without a subgraph/],
    ['flowchart LR\nA --> B\nclick A "https://example.com"', 3, /"click" is not supported/],
    ['flowchart LR\ndirection TB', 2, /direction" may stand only inside a subgraph/],
    ['pie\n"a": 1', 1, /"pie" diagrams are not supported/],
    ['\n\n', 1, /empty/],
    ['---\ntitle: x\n---\nflowchart LR\nA --> B', 1, /front matter/],
  ])('rejects %j at line %i', (code, line, message) => {
    const error = errorOf(code);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
  });
});

describe('readMermaid: sequence diagrams', () => {
  it('passes what the library reads as written', () => {
    const code = 'sequenceDiagram\nparticipant U as 用户\nU->>K: apply\nloop every 10 s\nK->>K: reconcile\nend\nalt ok\nK-->>U: 201\nelse\nK--xU: 500\nend\nNote over U,K: declarative\nactivate K';
    expect(readMermaid(code)).toEqual({ kind: 'sequence', text: code });
  });

  it.each([
    ['sequenceDiagram\nparser->>lexer: tokens', 2, /read as a par block/],
    ['sequenceDiagram\nA->>B: x\nloop forever\nA->>B: y', 3, /block is never closed/],
    ['sequenceDiagram\nA->>B', 2, /cannot read "A->>B"/],
    ['sequenceDiagram\nelse', 2, /may stand only inside a block/],
    ['sequenceDiagram\nautonumber\nA->>B: x', 2, /"autonumber" is not supported/],
    ['sequenceDiagram\nA<<->>B: both', 2, /cannot read the participants/],
  ])('rejects %j at line %i', (code, line, message) => {
    const error = errorOf(code);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
  });
});
