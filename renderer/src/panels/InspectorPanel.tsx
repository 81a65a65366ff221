import { Inspector } from '../inspector/Inspector';
import type { PanelProps } from './registry';

export const InspectorPanel = ({ selectedId, onNavigate }: PanelProps) => <Inspector selectedId={selectedId} onNavigate={onNavigate} />;
