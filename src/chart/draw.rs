//! Drawing a chart with plotters (SVG and PNG). Filled in by the export work.
