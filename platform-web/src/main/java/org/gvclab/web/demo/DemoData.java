package org.gvclab.web.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gvclab.web.base.AppProperties;
import org.gvclab.web.cluster.ClusterDraft;
import org.gvclab.web.cluster.ClusterRepository;
import org.gvclab.web.jurisdiction.AdminLevel;
import org.gvclab.web.jurisdiction.Jurisdiction;
import org.gvclab.web.jurisdiction.JurisdictionDraft;
import org.gvclab.web.jurisdiction.JurisdictionRepository;
import org.gvclab.web.security.UserRepository;
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
 * Zhejiang and Guangdong (GB/T 2260 codes), one user per role, and sample clusters whose figures are synthetic.
 * Runs once; a database that already has the demo jurisdictions is left alone.
 */
@Component
@Order(2)
class DemoData implements ApplicationRunner {

    /** Shown with every demo cluster. */
    static final String SYNTHETIC_NOTE = "Synthetic figures for demonstration, not official statistics / 演示用合成数据，非官方统计";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private record Division(String code, String zh, String en, AdminLevel level, String parentCode) {
    }

    private record SampleCluster(String jurisdictionCode, String zh, String en, String industryCode,
                                 String description) {
    }

    private static final List<Division> DIVISIONS = List.of(
            new Division("330000", "浙江省", "Zhejiang Province", AdminLevel.PROVINCE, ""),
            new Division("330600", "绍兴市", "Shaoxing", AdminLevel.CITY, "330000"),
            new Division("330681", "诸暨市", "Zhuji", AdminLevel.COUNTY, "330600"),
            new Division("330700", "金华市", "Jinhua", AdminLevel.CITY, "330000"),
            new Division("330784", "永康市", "Yongkang", AdminLevel.COUNTY, "330700"),
            new Division("440000", "广东省", "Guangdong Province", AdminLevel.PROVINCE, ""),
            new Division("441900", "东莞市", "Dongguan", AdminLevel.CITY, "440000"));

    private static final List<SampleCluster> CLUSTERS = List.of(
            new SampleCluster("330681", "大唐袜业集群", "Datang hosiery cluster", "C17",
                    "Sequential textile chain: yarn, knitting, dyeing, finishing; mostly OEM for foreign brands."),
            new SampleCluster("330681", "山下湖珍珠集群", "Shanxiahu pearl cluster", "C24",
                    "Freshwater pearl farming, processing and a specialised market."),
            new SampleCluster("330784", "永康五金集群", "Yongkang hardware cluster", "C33",
                    "Metal products and small appliances around the China Hardware City market."),
            new SampleCluster("441900", "东莞电子信息集群", "Dongguan electronics cluster", "C39",
                    "Assembly of many components (spider-type) for global lead firms."),
            new SampleCluster("441900", "东莞家具集群", "Dongguan furniture cluster", "C21",
                    "Furniture makers around the Houjie exhibition market."));

    private final JurisdictionRepository jurisdictions;
    private final UserRepository users;
    private final ClusterRepository clusters;
    private final PasswordEncoder encoder;
    private final AppProperties properties;
    private final Clock clock;

    DemoData(JurisdictionRepository jurisdictions, UserRepository users, ClusterRepository clusters,
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
        if (jurisdictions.findByCode(DIVISIONS.get(0).code()).isPresent()) {
            log.info("Demo mode: demo data already present");
            return;
        }
        for (Division d : DIVISIONS) {
            Long parent = d.parentCode().isEmpty() ? null : jurisdictions.findByCode(d.parentCode()).orElseThrow().id();
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
        for (SampleCluster c : CLUSTERS) {
            long jurisdictionId = jurisdictions.findByCode(c.jurisdictionCode()).orElseThrow().id();
            clusters.insert(new ClusterDraft(jurisdictionId, c.zh(), c.en(), c.industryCode(), c.description(),
                    SYNTHETIC_NOTE), now);
        }
        log.info("Demo mode: created {} jurisdictions, {} demo users and {} sample clusters", DIVISIONS.size(),
                DemoAccount.ALL.size(), CLUSTERS.size());
    }

    private Set<Long> idsOf(List<String> codes) {
        return codes.stream().map(code -> jurisdictions.findByCode(code).map(Jurisdiction::id).orElseThrow())
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
