import { Children, isValidElement, type ReactNode } from 'react';
import { parseProps } from './props';
import Tab from './Tab';
import TabGroup from './TabGroup';

/**
 * Content tabs like mkdocs-material's `=== "Label"` blocks. The server reads
 * each <Tab>'s label and content; the client island only switches between
 * them, and without JavaScript every panel shows under its label.
 */
export default function Tabs(props: { children?: ReactNode }) {
  parseProps('Tabs', props);
  const tabs = Children.toArray(props.children).flatMap((child) => {
    // MDX puts line breaks between the <Tab> elements.
    if (typeof child === 'string' && child.trim() === '') return [];
    if (!isValidElement(child) || child.type !== Tab) throw new Error('<Tabs> may contain only <Tab label="..."> elements');
    const { label, children } = parseProps('Tab', child.props);
    return [{ label, content: children as ReactNode }];
  });
  if (!tabs.length) throw new Error('<Tabs> needs at least one <Tab label="...">');
  return <TabGroup labels={tabs.map((tab) => tab.label)} panels={tabs.map((tab) => tab.content)} />;
}
