package org.gvclab.web.base;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * A small pool for long computations started from the user interface (strategy runs), so that the UI stays
 * responsive and a crowd of users cannot start more parallel computations than the machine has cores.
 */
@Configuration
class ComputeExecutorConfig {

    @Bean(name = "computeExecutor")
    ThreadPoolTaskExecutor computeExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        executor.setCorePoolSize(cores);
        executor.setMaxPoolSize(cores);
        executor.setQueueCapacity(50);
        executor.setThreadNamePrefix("gvclab-compute-");
        executor.setDaemon(true);
        return executor;
    }
}
