package org.gvclab.web.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gvclab.web.base.AppProperties;
import org.gvclab.core.cluster.GovernanceQuestionnaire;
import org.gvclab.core.cluster.Level;
import org.gvclab.core.cluster.SampleClusters;
import org.gvclab.web.cluster.ClusterDraft;
import org.gvclab.web.cluster.ClusterSeeding;
import org.gvclab.web.cluster.Questionnaires;
import org.gvclab.web.jurisdiction.AdminLevel;
import org.gvclab.web.jurisdiction.Jurisdiction;
import org.gvclab.web.jurisdiction.JurisdictionDraft;
import org.gvclab.web.jurisdiction.JurisdictionSeeding;
import org.gvclab.web.security.Role;
import org.gvclab.web.security.TenantScope;
import org.gvclab.web.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode ({@code gvclab.demo.enabled}, on for the README's run command): real administrative divisions of
 * Zhejiang, Guangdong and Fujian (GB/T 2260 codes), one user per role, and the core's sample clusters with their
 * yearly records and questionnaire answers, all synthetic and labelled so.
 * Runs once; a database that already has the demo jurisdictions is left alone.
 */
@Component
@Order(2)
class DemoData implements ApplicationRunner {

    /** Shown with every demo cluster. */
    static final String SYNTHETIC_NOTE = "Synthetic figures for demonstration, not official statistics / 演示用合成数据，非官方统计";
    private static final String SEEDER = "demo-seed";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private record Division(String code, String zh, String en, AdminLevel level, String parentCode) {
    }

    private static final List<Division> DIVISIONS = List.of(
            new Division("330000", "浙江省", "Zhejiang Province", AdminLevel.PROVINCE, ""),
            new Division("330600", "绍兴市", "Shaoxing", AdminLevel.CITY, "330000"),
            new Division("330681", "诸暨市", "Zhuji", AdminLevel.COUNTY, "330600"),
            new Division("330700", "金华市", "Jinhua", AdminLevel.CITY, "330000"),
            new Division("330784", "永康市", "Yongkang", AdminLevel.COUNTY, "330700"),
            new Division("440000", "广东省", "Guangdong Province", AdminLevel.PROVINCE, ""),
            new Division("441900", "东莞市", "Dongguan", AdminLevel.CITY, "440000"),
            new Division("350000", "福建省", "Fujian Province", AdminLevel.PROVINCE, ""),
            new Division("350500", "泉州市", "Quanzhou", AdminLevel.CITY, "350000"),
            new Division("350582", "晋江市", "Jinjiang", AdminLevel.COUNTY, "350500"));

    /** The jurisdictions of the core's sample clusters, by the sample's place slug. */
    private static final Map<String, String> SAMPLE_JURISDICTIONS = Map.of(
            "CN-ZJ-Zhuji", "330681", "CN-ZJ-Yongkang", "330784", "CN-GD-Dongguan", "441900",
            "CN-FJ-Jinjiang", "350582");

    private final JurisdictionSeeding jurisdictions;
    private final UserAccounts users;
    private final ClusterSeeding clusters;
    private final PasswordEncoder encoder;
    private final AppProperties properties;
    private final Clock clock;

    DemoData(JurisdictionSeeding jurisdictions, UserAccounts users, ClusterSeeding clusters,
             PasswordEncoder encoder, AppProperties properties, Clock clock) {
        this.jurisdictions = jurisdictions;
        this.users = users;
        this.clusters = clusters;
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled()) {
            return;
        }
        if (jurisdictions.byCode(DIVISIONS.get(0).code()).isPresent()) {
            log.info("Demo mode: demo data already present");
            alignDemoPasswords();
            return;
        }
        for (Division d : DIVISIONS) {
            Long parent = d.parentCode().isEmpty() ? null : jurisdictions.byCode(d.parentCode()).orElseThrow().id();
            jurisdictions.insert(new JurisdictionDraft(d.code(), d.zh(), d.en(), d.level(), parent));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (DemoAccount account : DemoAccount.ALL) {
            if (users.findByUsername(account.username()).isPresent()) {
                continue;
            }
            long id = users.insert(account.username(), displayName(account), encoder.encode(account.password()),
                    account.role(), null, now);
            users.replaceMemberships(id, idsOf(account.jurisdictionCodes()));
        }
        List<SampleClusters.SampleCluster> samples = SampleClusters.all();
        TenantScope system = new TenantScope(0, SEEDER, Role.ADMIN, Set.of());
        for (SampleClusters.SampleCluster sample : samples) {
            String code = SAMPLE_JURISDICTIONS.get(sample.cluster().jurisdiction());
            if (code == null) {
                throw new IllegalStateException("no demo jurisdiction for sample " + sample.id());
            }
            long jurisdictionId = jurisdictions.byCode(code).orElseThrow().id();
            GovernanceQuestionnaire g = sample.governance();
            clusters.insert(system, new ClusterDraft(jurisdictionId, sample.cluster().name().zh(),
                    sample.cluster().name().en(), sample.cluster().industry().key(), null, SYNTHETIC_NOTE,
                    sample.cluster().currency()), sample.records(), new Questionnaires(scale(g.complexity()),
                    scale(g.codifiability()), scale(g.supplierCapability()), sample.architecture(), -1), now);
        }
        log.info("Demo mode: created {} jurisdictions, {} demo users and {} sample clusters", DIVISIONS.size(),
                DemoAccount.ALL.size(), samples.size());
    }

    /**
     * The login page shows the demo passwords: a data directory seeded by an earlier version (whose demo passwords
     * were shorter than the password policy now allows) gets the passwords shown.
     */
    private void alignDemoPasswords() {
        for (DemoAccount account : DemoAccount.ALL) {
            users.findByUsername(account.username())
                    .filter(a -> !encoder.matches(account.password(), a.passwordHash()))
                    .ifPresent(a -> users.updatePassword(a.id(), encoder.encode(account.password())));
        }
    }

    /** A representative 1–5 answer for a low/high rating (2 and 4, inside the two bands). */
    private static int scale(Level level) {
        return level == Level.HIGH ? 4 : 2;
    }

    private Set<Long> idsOf(List<String> codes) {
        return codes.stream().map(code -> jurisdictions.byCode(code).map(Jurisdiction::id).orElseThrow())
                .collect(Collectors.toSet());
    }

    private static String displayName(DemoAccount account) {
        return switch (account.role()) {
            case OFFICIAL -> "Demo official (Zhuji) / 演示官员（诸暨）";
            case CONSULTANT -> "Demo consultant / 演示顾问";
            case ADMIN -> "Demo administrator / 演示管理员";
        };
    }
}
