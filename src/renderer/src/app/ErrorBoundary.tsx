import { Component, type ErrorInfo, type ReactNode } from 'react'
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components'

type Props = {
  /** Texts come in as props: a boundary must still render when i18n itself failed. */
  title: string
  body: string
  reloadLabel: string
  children: ReactNode
}
type State = { error: Error | null }

/** Catches a crash in a screen and says so in words, instead of leaving a white window. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  // The raw error is for diagnosis only; the user reads the translated title and body.
  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack)
  }

  override render(): ReactNode {
    const { error } = this.state
    if (!error) return this.props.children
    return (
      <div role="alert" style={{ padding: 24 }}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{this.props.title}</MessageBarTitle>
            {this.props.body}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => window.location.reload()}>{this.props.reloadLabel}</Button>
          </MessageBarActions>
        </MessageBar>
      </div>
    )
  }
}
