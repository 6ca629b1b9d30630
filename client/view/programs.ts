/**
 * Programs.
 *
 * The WebGL programs the graph view draws with, per view size. Sigma compiles every program it
 * is given when it starts or when its class changes, and a program given a picking buffer draws
 * everything twice per frame (the picture and the picking layer). A large view picks nodes on the
 * CPU and has no edge events, so its programs (points and 1px lines, under sigma's default keys
 * so no default is compiled beside them) draw no picking layer: with software WebGL the open
 * compiles four programs instead of twelve, and every frame draws its edges once. A small view
 * gets sigma's discs and arrows, the curved arrows of parallel edges, and picking.
 */
import type Sigma from 'sigma';
import { createEdgeCurveProgram } from '@sigma/edge-curve';
import {
  DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
  EdgeArrowProgram,
  EdgeLineProgram,
  NodeCircleProgram,
  NodePointProgram,
  type EdgeProgramType,
  type NodeProgramType,
} from 'sigma/rendering';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';
import { drawCurvedEdgeLabel } from './drawing.ts';

type Renderer = Sigma<NodeAttributes, EdgeAttributes>;
type NodePrograms = Record<string, NodeProgramType<NodeAttributes, EdgeAttributes>>;
type EdgePrograms = Record<string, EdgeProgramType<NodeAttributes, EdgeAttributes>>;

class PointsWithoutPicking extends NodePointProgram<NodeAttributes, EdgeAttributes> {
  constructor(gl: WebGLRenderingContext, _picking: WebGLFramebuffer | null, renderer: Renderer) {
    super(gl, null, renderer);
  }
}

class LinesWithoutPicking extends EdgeLineProgram<NodeAttributes, EdgeAttributes> {
  constructor(gl: WebGLRenderingContext, _picking: WebGLFramebuffer | null, renderer: Renderer) {
    super(gl, null, renderer);
  }
}

/** Large views: nodes under the default key ('circle'), edges drawn with the 'line' key. */
export const LARGE_PROGRAMS: { nodes: NodePrograms; edges: EdgePrograms } = {
  nodes: { circle: PointsWithoutPicking },
  edges: { arrow: LinesWithoutPicking, line: LinesWithoutPicking },
};

export const SMALL_PROGRAMS: { nodes: NodePrograms; edges: EdgePrograms } = {
  nodes: { circle: NodeCircleProgram },
  edges: {
    arrow: EdgeArrowProgram as unknown as EdgeProgramType<NodeAttributes, EdgeAttributes>,
    line: LinesWithoutPicking,
    curved: createEdgeCurveProgram({
      arrowHead: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
      drawLabel: drawCurvedEdgeLabel,
    }) as unknown as EdgeProgramType<NodeAttributes, EdgeAttributes>,
  },
};
