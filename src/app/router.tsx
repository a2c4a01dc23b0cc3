import type { ComponentType } from 'react';
import { createBrowserRouter, Outlet, type RouteObject } from 'react-router-dom';
import { Loading } from '@/components/loading';
import { RequireAuth } from './layout/require-auth';
import { RequireRole } from './layout/require-role';
import { NotFound, NotFoundPage } from './not-found';
import { RouteError } from './route-error';
import { SignInRoute } from './routes/sign-in';

type RouteModule = { default?: ComponentType; Component?: ComponentType };

/** Feature route modules export `Component` or a default component; both are accepted. */
function lazyPage(load: () => Promise<RouteModule>): RouteObject['lazy'] {
  return async () => {
    const mod = await load();
    const Component = mod.Component ?? mod.default;
    if (!Component) throw new Error('Route module has no component export');
    return { Component };
  };
}

export const routes: RouteObject[] = [
  {
    element: <Outlet />,
    errorElement: <RouteError />,
    hydrateFallbackElement: (
      <div className="centered-page">
        <Loading />
      </div>
    ),
    children: [
      { path: '/sign-in', element: <SignInRoute /> },
      // Opened from the invitation email, signed in or not (the link carries the session).
      { path: '/accept-invitation', lazy: lazyPage(() => import('./routes/accept-invitation')) },
      {
        element: <RequireAuth />,
        children: [
          // Lazy like the pages: the first load is what the sign-in page needs (issue 16), the
          // organization frame (memberships, nav) and the account page come after signing in.
          { path: '/', lazy: lazyPage(() => import('./layout/home-redirect').then((m) => ({ Component: m.HomeRedirect }))) },
          { path: '/account/password', lazy: lazyPage(() => import('./routes/account-password').then((m) => ({ Component: m.AccountPasswordRoute }))) },
          {
            path: '/o/:orgId',
            lazy: lazyPage(() => import('./layout/org-layout').then((m) => ({ Component: m.OrgLayout }))),
            children: [
              {
                // Errors inside a page keep the organization frame (nav, switcher, sign out).
                errorElement: <RouteError />,
                children: [
                  { index: true, lazy: lazyPage(() => import('./layout/org-layout').then((m) => ({ Component: m.OrgIndex }))) },
                  {
                    element: <RequireRole page="sales-closers" />,
                    children: [
                      { path: 'sales-closers', lazy: lazyPage(() => import('./routes/sales-closers')) },
                      { path: 'sales-closers/:closerId', lazy: lazyPage(() => import('./routes/closer-calls')) },
                    ],
                  },
                  {
                    element: <RequireRole page="calls" />,
                    children: [
                      { path: 'calls', lazy: lazyPage(() => import('./routes/all-calls')) },
                      { path: 'calls/import', lazy: lazyPage(() => import('./routes/calls-import')) },
                    ],
                  },
                  {
                    element: <RequireRole page="cohorts" />,
                    children: [
                      { path: 'cohorts', lazy: lazyPage(() => import('./routes/cohorts')) },
                      { path: 'cohorts/batches/:batchId', lazy: lazyPage(() => import('./routes/cohort-batch')) },
                    ],
                  },
                  {
                    element: <RequireRole page="call-requests" />,
                    children: [{ path: 'call-requests', lazy: lazyPage(() => import('./routes/call-requests')) }],
                  },
                  {
                    element: <RequireRole page="my-chats" />,
                    children: [{ path: 'my-chats', lazy: lazyPage(() => import('./routes/my-chats')) }],
                  },
                  {
                    element: <RequireRole page="team" />,
                    children: [{ path: 'team', lazy: lazyPage(() => import('./routes/team')) }],
                  },
                  {
                    element: <RequireRole page="settings" />,
                    children: [{ path: 'settings', lazy: lazyPage(() => import('./routes/settings')) }],
                  },
                  { path: '*', element: <NotFound /> },
                ],
              },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
