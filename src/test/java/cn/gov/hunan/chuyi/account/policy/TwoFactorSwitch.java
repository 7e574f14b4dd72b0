package cn.gov.hunan.chuyi.account.policy;

/**
 * Switches two-factor enforcement for the integration tests of the other parts of account (the test profile leaves it
 * off so that most tests sign in with a password only); the switch itself stays out of the policy's API.
 */
public final class TwoFactorSwitch {

    private TwoFactorSwitch() {}

    public static void enforce(TwoFactorRules rules, boolean enforced) {
        rules.enforce(enforced);
    }
}
