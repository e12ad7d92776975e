package org.rives.writes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WriteQueueTest {

    final WriteQueue queue = new WriteQueue(3);

    @AfterEach
    void close() {
        queue.close(5);
    }

    @Test
    void jobsRunOneAtATimeInTheOrderTheyCameAndSayTheirPlaceInLine() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        WriteJob<String> first = queue.submit("hcp-ma-etrangers", () -> {
            started.countDown();
            release.await();
            ran.add("first");
            return "first";
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        WriteJob<String> second = queue.submit("hcp-ma-etrangers", () -> {
            ran.add("second");
            return "second";
        });
        WriteJob<String> third = queue.submit("oc-maroc-mre", () -> {
            ran.add("third");
            return "third";
        });
        assertThat(first.state()).isEqualTo(WriteJob.State.RUNNING);
        assertThat(first.position()).isZero();
        assertThat(second.state()).isEqualTo(WriteJob.State.WAITING);
        assertThat(second.position()).isEqualTo(1);
        assertThat(third.position()).isEqualTo(2);
        release.countDown();
        assertThat(third.await()).isEqualTo("third");
        assertThat(ran).containsExactly("first", "second", "third");
        assertThat(first.position()).isEqualTo(-1);
        assertThat(second.resultNow()).isEqualTo("second");
    }

    @Test
    void aFailingJobFailsAloneAndTheWriterGoesOn() throws Exception {
        WriteJob<Object> broken = queue.submit("x", () -> {
            throw new IllegalStateException("the file is broken");
        });
        WriteJob<Object> heap = queue.submit("x", () -> {
            throw new OutOfMemoryError("simulated");
        });
        WriteJob<String> next = queue.submit("x", () -> "fine");
        assertThat(next.await()).isEqualTo("fine");
        assertThatThrownBy(broken::await).isInstanceOf(IllegalStateException.class).hasMessage("the file is broken");
        assertThat(broken.state()).isEqualTo(WriteJob.State.FAILED);
        assertThat(broken.failure()).hasMessage("the file is broken");
        assertThat(heap.state()).isEqualTo(WriteJob.State.FAILED);
    }

    @Test
    void aWaitingJobCanBeCancelledARunningOneCannot() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        WriteJob<String> running = queue.submit("x", () -> {
            started.countDown();
            release.await();
            return "done";
        });
        started.await(10, TimeUnit.SECONDS);
        WriteJob<String> waiting = queue.submit("x", () -> "never");
        assertThat(running.cancel()).isFalse();
        assertThat(waiting.cancel()).isTrue();
        assertThat(waiting.state()).isEqualTo(WriteJob.State.CANCELLED);
        release.countDown();
        assertThat(running.await()).isEqualTo("done");
    }

    @Test
    void aFullLineRefusesMoreWorkUntilItMoves() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        queue.submit("x", () -> {
            started.countDown();
            return release.await(10, TimeUnit.SECONDS);
        });
        started.await(10, TimeUnit.SECONDS);
        WriteJob<Boolean> first = queue.submit("x", () -> true);
        queue.submit("x", () -> true);
        queue.submit("x", () -> true);
        assertThatThrownBy(() -> queue.submit("x", () -> true)).isInstanceOf(QueueFullException.class)
                .hasMessageContaining("3 writes are already waiting");
        release.countDown();
        first.await(); // the line has moved by one at least
        assertThat(queue.submit("y", () -> true).await()).isTrue();
    }

    @Test
    void closingLetsTheRunningJobFinishAndCancelsTheRest() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        WriteJob<String> running = queue.submit("x", () -> {
            started.countDown();
            Thread.sleep(300);
            return "committed";
        });
        started.await(10, TimeUnit.SECONDS);
        WriteJob<String> waiting = queue.submit("x", () -> "never");
        queue.close(10);
        assertThat(running.resultNow()).isEqualTo("committed");
        assertThat(waiting.state()).isEqualTo(WriteJob.State.CANCELLED);
        assertThatThrownBy(() -> queue.submit("x", () -> "late")).isInstanceOf(QueueFullException.class);
    }
}
