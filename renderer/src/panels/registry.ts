import type { ComponentType } from 'react';
import type { CaseInfo } from '../../../shared/domain/case';
import { AnnotationsPanel } from '../annotations/AnnotationsPanel';
import { FindingsPanel } from '../findings/FindingsPanel';
import { ScreeningPanel } from '../screening/ScreeningPanel';
import { TracePanel } from '../trace/TracePanel';
import { InspectorPanel } from './InspectorPanel';
import { SourcesPanel } from './SourcesPanel';

export interface PanelProps {
  caseInfo: CaseInfo;
  selectedId: string | null;
  /** Selects a graph node (an address or tx named in a table, say). */
  onNavigate(id: string): void;
}

export interface PanelSpec {
  id: string;
  title: string;
  Component: ComponentType<PanelProps>;
}

/** The side panels of the workspace, in tab order. Features (findings, tracing, annotations) add theirs here. */
export const sidePanels: PanelSpec[] = [
  { id: 'inspector', title: 'Inspector', Component: InspectorPanel },
  { id: 'annotations', title: 'Notes', Component: AnnotationsPanel },
  { id: 'findings', title: 'Findings', Component: FindingsPanel },
  { id: 'trace', title: 'Trace', Component: TracePanel },
  { id: 'screening', title: 'Screening', Component: ScreeningPanel },
  { id: 'sources', title: 'Sources', Component: SourcesPanel },
];
