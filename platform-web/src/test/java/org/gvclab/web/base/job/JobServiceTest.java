package org.gvclab.web.base.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gvclab.web.base.UserFacingException;
import org.gvclab.web.base.UserMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class JobServiceTest {

    private final JobService jobs = new JobService();

    @AfterEach
    void stop() {
        jobs.destroy();
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_job_runs_off_the_calling_thread_and_its_result_arrives_with_progress_at_most_once_per_percent()
            throws Exception {
        List<Double> heard = new CopyOnWriteArrayList<>();
        Job<String> job = jobs.start("count", context -> {
            for (int i = 1; i <= 1000; i++) {
                context.progress(i / 1000.0);
            }
            return Thread.currentThread().getName();
        }, new JobListener() {
            @Override
            public void progress(double fraction) {
                heard.add(fraction);
            }
        });
        assertThat(job.result().get(10, TimeUnit.SECONDS)).startsWith("gvclab-compute-");
        assertThat(heard.size()).isBetween(90, 101);
        assertThat(heard.get(heard.size() - 1)).isEqualTo(1.0);
        assertThat(job.progress()).isEqualTo(1.0);
    }

    @Test
    void notices_reach_the_listener_and_the_signed_in_users_context_goes_along() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken("li.wei", "x", List.of()));
        List<UserMessage> notices = new CopyOnWriteArrayList<>();
        Job<String> job = jobs.start("who", context -> {
            context.notice(UserMessage.of("regional.error.multipliers", "t", "r", "s", "why"));
            return SecurityContextHolder.getContext().getAuthentication().getName();
        }, new JobListener() {
            @Override
            public void notice(UserMessage message) {
                notices.add(message);
            }
        });
        assertThat(job.result().get(10, TimeUnit.SECONDS)).isEqualTo("li.wei");
        assertThat(notices).extracting(UserMessage::key).containsExactly("regional.error.multipliers");
    }

    @Test
    void cancelling_completes_the_result_at_once_and_the_work_sees_it_at_its_next_check() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean sawCancel = new AtomicBoolean();
        CountDownLatch stopped = new CountDownLatch(1);
        Job<Integer> job = jobs.start("long", context -> {
            started.countDown();
            try {
                while (true) {
                    // code deep inside a job sees its job's cancellation without being handed the context
                    JobContext.current().checkCancelled();
                    Thread.onSpinWait();
                }
            } catch (CancellationException e) {
                sawCancel.set(true);
                stopped.countDown();
                throw e;
            }
        }, JobListener.NONE);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        job.cancel();
        assertThat(job.result()).isCancelled().isCompletedExceptionally();
        assertThat(stopped.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(sawCancel).isTrue();
        assertThat(job.isCancelled()).isTrue();
    }

    @Test
    void outside_a_job_the_current_context_is_never_cancelled() {
        assertThat(JobContext.current().isCancelled()).isFalse();
    }

    @Test
    void a_failing_task_fails_its_result_with_its_own_exception() {
        Job<Object> job = jobs.start("broken", context -> {
            throw new UserFacingException("strategy.error.weights");
        }, JobListener.NONE);
        assertThatThrownBy(() -> job.result().join()).hasCauseInstanceOf(UserFacingException.class);
    }

    @Test
    void a_full_lane_refuses_a_job_at_once_with_its_busy_message() throws Exception {
        JobLane lane = jobs.lane("tiny", 1, 1, "io.error.busy");
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        JobTask<Integer> blocking = context -> {
            running.countDown();
            release.await(10, TimeUnit.SECONDS);
            return 1;
        };
        Job<Integer> first = lane.start("first", blocking, JobListener.NONE);
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        Job<Integer> queued = lane.start("queued", blocking, JobListener.NONE);
        Job<Integer> refused = lane.start("refused", blocking, JobListener.NONE);
        assertThat(refused.result()).isCompletedExceptionally();
        assertThatThrownBy(() -> refused.result().join()).hasCauseInstanceOf(UserFacingException.class)
                .cause().hasMessage("io.error.busy");
        release.countDown();
        assertThat(first.result().get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(queued.result().get(10, TimeUnit.SECONDS)).isEqualTo(1);
    }
}
