// Loaded first on the strict-CSP page: every Content-Security-Policy violation is kept for the test to read.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
