// Progressive enhancement only: every page works without this script.
import { initAll } from '/assets/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled')
if ('noModule' in HTMLScriptElement.prototype) {
  document.body.classList.add('govuk-frontend-supported')
}
initAll()

// GOV.UK Frontend marks a radio that reveals a follow-up question with aria-expanded, which ARIA does not allow on a
// radio (govuk-frontend issue 979, axe's aria-allowed-attr). The follow-up comes right after its radio, so the
// attribute is dropped each time the Radios module sets it (on a click, which keyboard selection fires too).
const dropRadioExpanded = () => document.querySelectorAll('.govuk-radios__input[aria-expanded]')
  .forEach((radio) => radio.removeAttribute('aria-expanded'))
dropRadioExpanded()
document.addEventListener('click', dropRadioExpanded)
window.addEventListener('pageshow', dropRadioExpanded)

// Warn before a draft's idle expiry and let the person keep their answers (WCAG 2.2.1).
const warning = document.querySelector('.app-timeout-warning')
if (warning) {
  const secondsLeft = Number(warning.dataset.secondsLeft)
  const warningSeconds = Number(warning.dataset.warningSeconds)
  let timer
  const schedule = (seconds) => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      warning.hidden = false
      warning.querySelector('button').focus()
    }, Math.max(0, seconds - warningSeconds) * 1000)
  }
  schedule(secondsLeft)
  const form = warning.querySelector('form')
  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    const body = new URLSearchParams(new FormData(form))
    body.set('via', 'fetch')
    const response = await fetch(form.action, { method: 'POST', body, credentials: 'same-origin' })
    if (response.ok) {
      warning.hidden = true
      schedule(secondsLeft)
    } else {
      form.submit()
    }
  })
}
