// Demo logins created by local-supabase/demo-seed.sql (local stack, tests and CI only). One password for all of them. The local stack's dev
// script prints this list; tests and the browser tests import it. role/organization: the main
// membership; roles: every membership (admin@nikist.demo is also a manager of Orbit Academy, to
// exercise the organization switcher).
export const demoPassword = 'demo-password-2026';

/** @type {{ email: string, role: string, organization: string, name: string, roles: { organization: string, role: string }[] }[]} */
export const demoLogins = [
  { email: 'admin@nikist.demo', role: 'admin', organization: 'Nikist', name: 'Rohan Mehta', roles: [{ organization: 'Nikist', role: 'admin' }, { organization: 'Orbit Academy', role: 'manager' }] },
  { email: 'manager@nikist.demo', role: 'manager', organization: 'Nikist', name: 'Priya Nair', roles: [{ organization: 'Nikist', role: 'manager' }] },
  { email: 'dipanshu@nikist.demo', role: 'closer', organization: 'Nikist', name: 'Dipanshu', roles: [{ organization: 'Nikist', role: 'closer' }] },
  { email: 'ritika@nikist.demo', role: 'closer', organization: 'Nikist', name: 'Ritika Sharma', roles: [{ organization: 'Nikist', role: 'closer' }] },
  { email: 'karan@nikist.demo', role: 'closer', organization: 'Nikist', name: 'Karan Verma', roles: [{ organization: 'Nikist', role: 'closer' }] },
  { email: 'cohorts@nikist.demo', role: 'cohort_manager', organization: 'Nikist', name: 'Sneha Iyer', roles: [{ organization: 'Nikist', role: 'cohort_manager' }] },
  { email: 'admin@vitalis.demo', role: 'admin', organization: 'Vitalis Bem-Estar', name: 'Carla Mendes', roles: [{ organization: 'Vitalis Bem-Estar', role: 'admin' }] },
  { email: 'ana@vitalis.demo', role: 'specialist', organization: 'Vitalis Bem-Estar', name: 'Ana Souza', roles: [{ organization: 'Vitalis Bem-Estar', role: 'specialist' }] },
  { email: 'bruno@vitalis.demo', role: 'specialist', organization: 'Vitalis Bem-Estar', name: 'Bruno Lima', roles: [{ organization: 'Vitalis Bem-Estar', role: 'specialist' }] },
  { email: 'maria@vitalis.demo', role: 'member', organization: 'Vitalis Bem-Estar', name: 'Maria Oliveira', roles: [{ organization: 'Vitalis Bem-Estar', role: 'member' }] },
  { email: 'joao@vitalis.demo', role: 'member', organization: 'Vitalis Bem-Estar', name: 'João Pereira', roles: [{ organization: 'Vitalis Bem-Estar', role: 'member' }] },
  { email: 'fernanda@vitalis.demo', role: 'member', organization: 'Vitalis Bem-Estar', name: 'Fernanda Costa', roles: [{ organization: 'Vitalis Bem-Estar', role: 'member' }] },
  { email: 'lucas@vitalis.demo', role: 'member', organization: 'Vitalis Bem-Estar', name: 'Lucas Almeida', roles: [{ organization: 'Vitalis Bem-Estar', role: 'member' }] },
  { email: 'juliana@vitalis.demo', role: 'member', organization: 'Vitalis Bem-Estar', name: 'Juliana Rocha', roles: [{ organization: 'Vitalis Bem-Estar', role: 'member' }] },
  { email: 'rafael@vitalis.demo', role: 'member', organization: 'Vitalis Bem-Estar', name: 'Rafael Santos', roles: [{ organization: 'Vitalis Bem-Estar', role: 'member' }] },
  { email: 'beatriz@vitalis.demo', role: 'member', organization: 'Vitalis Bem-Estar', name: 'Beatriz Carvalho', roles: [{ organization: 'Vitalis Bem-Estar', role: 'member' }] },
  { email: 'pedro@vitalis.demo', role: 'member', organization: 'Vitalis Bem-Estar', name: 'Pedro Ribeiro', roles: [{ organization: 'Vitalis Bem-Estar', role: 'member' }] },
  { email: 'admin@orbit.demo', role: 'admin', organization: 'Orbit Academy', name: 'Oliver Bennett', roles: [{ organization: 'Orbit Academy', role: 'admin' }] },
  { email: 'closer@orbit.demo', role: 'closer', organization: 'Orbit Academy', name: 'Emma Clarke', roles: [{ organization: 'Orbit Academy', role: 'closer' }] },
];
