import { useEffect, type ReactElement } from 'react'
import { useRouteError } from 'react-router'
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components'
import { Page, RouteLink, useT } from '../components'

/** Errors the router catches: a readable message and a way back; the raw error goes to the log. */
export function RouteError(): ReactElement {
  const { t } = useT()
  const error = useRouteError()
  useEffect(() => console.error(error), [error])
  return (
    <Page narrow>
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{t('shell.crashTitle')}</MessageBarTitle>
          {t('shell.crashBody')} <RouteLink to="/visits">{t('shell.toStart')}</RouteLink>
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
