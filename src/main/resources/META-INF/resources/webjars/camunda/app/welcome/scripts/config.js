// The Camunda welcome page (after logging in), with a link to the PlusTeam dashboard for managers.
// Replaces the webjar's default config.js, which configures nothing; see Camunda's config.js for all options.
export default {
  // Dutch (our locales/nl.json) besides English: the first of the browser's languages that is
  // available here, else English.
  locales: {
    availableLocales: ['en', 'nl'],
    fallbackLocale: 'en'
  },
  links: [
    {
      label: 'Sturingsinformatie (dashboard)',
      href: '/dashboard/',
      description: 'KPI\'s met stoplichten, trends per kwartaal en de kwartaalrapportages (teammanager en directeur).'
    }
  ]
};
