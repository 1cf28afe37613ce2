import { Packer } from 'docx'
import { buildStrategyReport } from '@shared/documents/report/buildStrategyReport'
import { loadStrategyReportData } from '@shared/documents/report/strategyReportData'
import type { ReportReply, ReportRequest } from './reportProtocol'

/**
 * The worker's whole job, apart from the worker so it runs in a test: the same loader and
 * builder as `planner report`, then packed. Every step is posted as it starts; the bytes last.
 */
export async function runReportJob(
  request: ReportRequest,
  post: (reply: ReportReply) => void,
): Promise<void> {
  try {
    post({ type: 'progress', progress: { step: 'figures' } })
    const now = new Date(request.now)
    const data = loadStrategyReportData(request.tables, request.year, now)
    const document = buildStrategyReport(data, { ...request.options, now }, (index, total) =>
      post({ type: 'progress', progress: { step: 'charts', index, total } }),
    )
    post({ type: 'progress', progress: { step: 'packing' } })
    const bytes = new Uint8Array(await Packer.toArrayBuffer(document))
    post({ type: 'done', bytes })
  } catch (error) {
    // The raw error stays in the worker's console, never on the screen.
    console.error(error)
    post({ type: 'failed' })
  }
}
