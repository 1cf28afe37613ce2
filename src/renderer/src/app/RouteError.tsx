import type { ReactElement } from 'react'
import { isRouteErrorResponse, useRouteError } from 'react-router'
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components'
import { Page, RouteLink, useT } from '../components'

/** Unknown routes and loader errors: a readable message and a way back. */
export function RouteError(): ReactElement {
  const { t } = useT()
  const error = useRouteError()
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error)
  return (
    <Page narrow>
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{t('shell.crashTitle')}</MessageBarTitle>
          {detail} <RouteLink to="/visits">{t('shell.toStart')}</RouteLink>
        </MessageBarBody>
      </MessageBar>
    </Page>
  )
}

export function NotFound(): ReactElement {
  const { t } = useT()
  return (
    <Page narrow>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('shell.notFound')}</MessageBarTitle>
          <RouteLink to="/visits">{t('shell.toStart')}</RouteLink>
        </MessageBarBody>
      </MessageBar>
    </Page>
  )
}
