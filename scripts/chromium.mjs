/** The system Chromium, launched the same way by the test runner, the package test, screenshots and the benchmark. */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  // --no-sandbox: CI and dev machines run as root. The rest stop Chromium phoning home on a closed network.
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};
