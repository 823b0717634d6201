// Ace's checker drives a browser through puppeteer: it must use Debian's Chromium, never download one.
module.exports = {
  skipDownload: true,
  executablePath: '/usr/bin/chromium',
};
