package cn.gov.hunan.chuyi.account.policy;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.Audited;
import cn.gov.hunan.chuyi.shared.Versions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The security policy: read by sign-in, passwords and sessions; changed by the security administrator only. */
@Service
@Transactional(readOnly = true)
public class PolicyService {

    private final SecurityPolicyRepository policies;
    private final ApplicationEventPublisher events;

    PolicyService(SecurityPolicyRepository policies, ApplicationEventPublisher events) {
        this.policies = policies;
        this.events = events;
    }

    public SecurityPolicy current() {
        return policies.findById(1).orElseThrow();
    }

    public PolicyForm form() {
        return current().toForm();
    }

    @Transactional
    public void change(PolicyForm form, PortalUser actor) {
        if (!actor.has(Role.SECURITY_ADMIN)) {
            throw new AccessDeniedException("security administrator only");
        }
        SecurityPolicy policy = current();
        Versions.expect(policy.version(), form.version(), "policy");
        PolicyForm before = policy.toForm();
        policy.change(form);
        events.publishEvent(new Audited(
                actor.getUsername(),
                "POLICY_CHANGE",
                "SECURITY_POLICY",
                "1",
                "SUCCESS",
                before + " → " + policy.toForm()));
    }
}
