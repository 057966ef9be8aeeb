import { useMemo } from 'react';
import { themeFor, type Theme } from './theme.js';

export function useTheme(): Theme {
  const noColor = process.env.NO_COLOR;
  return useMemo(() => themeFor({ NO_COLOR: noColor }), [noColor]);
}
