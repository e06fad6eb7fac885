// The public API of @innoledger/cli: the command as a function, for tests and embedding.
export { main } from './main';
export { type DashboardHeading, renderDashboard } from './render/dashboard';
export { formatFen, formatRatio, formatValue } from './render/formatValue';
