/**
 * Sessions: the shared session store in PostgreSQL (read once a request, accesses recorded to the minute), a session's
 * absolute lifetime, ending an account's sessions everywhere ({@link SessionControl}) and the filter that sends an
 * ended session to the sign-in page.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "account: session",
        allowedDependencies = {"shared", "account.policy"})
package cn.gov.hunan.chuyi.account.session;
