import type { ReactElement } from 'react'
import { makeStyles } from '@fluentui/react-components'
import type { ChartDrawing } from '@shared/charts/barChart'
import { paintClass, paintColour } from '@shared/charts/chartPaint'
import { CHART_FONT_FAMILY } from '@shared/charts/chartSvg'

const useStyles = makeStyles({
  svg: {
    display: 'block',
    width: '100%',
    maxWidth: '760px',
    height: 'auto',
    // In forced colours (Windows high contrast) the palette gives way to the system's colours,
    // a different one for each of the first series (one white legend swatch per series would
    // not tell incoming from outgoing); the table has the numbers.
    '@media (forced-colors: active)': {
      '& .chart-bar': { fill: 'CanvasText' },
      '& .chart-series-1': { fill: 'Highlight' },
      '& .chart-series-2': { fill: 'LinkText' },
      '& .chart-series-3': { fill: 'GrayText' },
      '& .chart-ink, & .chart-muted': { fill: 'CanvasText' },
      '& .chart-grid': { fill: 'GrayText' },
      '& .chart-background': { fill: 'Canvas' },
    },
  },
})

/**
 * A chart drawn from the same shapes as its PNG and SVG in the DOCX. Hidden from screen readers
 * (aria-hidden): the figure's caption names it and the table behind it holds what it shows.
 */
export function ChartSvg({ drawing }: { drawing: ChartDrawing }): ReactElement {
  const styles = useStyles()
  const { width, height, fontSize } = drawing
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
      fontFamily={CHART_FONT_FAMILY}
      fontSize={fontSize}
    >
      <rect className="chart-background" width={width} height={height} fill="#FFFFFF" />
      {drawing.shapes.map((shape, i) => {
        const fill = paintColour(shape.paint)
        const className = paintClass(shape.paint)
        switch (shape.kind) {
          case 'rect':
            return (
              <rect
                key={i}
                className={className}
                x={shape.x}
                y={shape.y}
                width={shape.width}
                height={shape.height}
                fill={fill}
              />
            )
          case 'text':
            return (
              <text
                key={i}
                className={className}
                x={shape.x}
                y={shape.y}
                textAnchor={shape.anchor}
                fill={fill}
              >
                {shape.text}
              </text>
            )
          default: {
            const never: never = shape
            return never
          }
        }
      })}
    </svg>
  )
}
