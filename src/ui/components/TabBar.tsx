// The narrow layout's pane switcher: one pane at a time, Tab moves along.
import { Text } from 'ink';
import type { Theme } from '../theme.js';
import { fit } from './columnLayout.js';

export function TabBar<T extends string>({ tabs, active, width, theme }: { tabs: readonly { id: T; label: string }[]; active: T; width: number; theme: Theme }) {
  const used = tabs.reduce((sum, tab) => sum + tab.label.length + 3, 0);
  return (
    <Text wrap="truncate-end">
      {tabs.map((tab) => (
        <Text key={tab.id} inverse={tab.id === active} bold={tab.id === active} color={tab.id === active ? theme.accent : undefined}>
          {` ${tab.label} `}
          <Text inverse={false}> </Text>
        </Text>
      ))}
      {fit('', Math.max(0, width - used))}
    </Text>
  );
}
