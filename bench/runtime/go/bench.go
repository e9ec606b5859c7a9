// bench.go: the Go side of libcort's runtime benchmarks, the same
// workloads as bench_cort.c (see run.sh). Usage: bench WORKLOAD, prints
// "WORKLOAD NS_PER_OP [RSS_KIB]". Standard library only.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
)

var sink int

func wSpawn(n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i += 64 {
		wg.Add(64)
		for k := 0; k < 64; k++ {
			go func() { wg.Done() }()
		}
		wg.Wait()
	}
}

func wPingpong(n int) {
	ping, pong := make(chan int), make(chan int)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		for v := range ping {
			pong <- v
		}
		wg.Done()
	}()
	for i := 0; i < n; i++ {
		ping <- i
		<-pong
	}
	close(ping)
	wg.Wait()
}

func wBuffered(n int) {
	ch := make(chan int, 128)
	for i := 0; i < n; i++ {
		ch <- i
		<-ch
	}
}

func wSelectDefault(n int) {
	ch := make(chan int)
	hits := 0
	for i := 0; i < n; i++ {
		select {
		case <-ch:
			hits++
		default:
		}
	}
	sink = hits
}

var mu sync.Mutex
var muCount int

func wMutex(n int) {
	for i := 0; i < n; i++ {
		mu.Lock()
		muCount++
		mu.Unlock()
	}
}

func wMutex8(n int) {
	var wg sync.WaitGroup
	wg.Add(8)
	for k := 0; k < 8; k++ {
		go func() {
			for i := 0; i < n/8; i++ {
				mu.Lock()
				muCount++
				mu.Unlock()
			}
			wg.Done()
		}()
	}
	wg.Wait()
}

func wLive(n int) {
	gate := make(chan struct{})
	var live, parked sync.WaitGroup
	live.Add(n)
	parked.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			parked.Done()
			<-gate
			live.Done()
		}()
	}
	parked.Wait()
	close(gate)
	live.Wait()
}

func wSwitch(n int) {
	var wg sync.WaitGroup
	wg.Add(2)
	for k := 0; k < 2; k++ {
		go func() {
			for i := 0; i < n/2; i++ {
				runtime.Gosched()
			}
			wg.Done()
		}()
	}
	wg.Wait()
}

func vmHWM() int {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmHWM:") {
			f := strings.Fields(l)
			v, _ := strconv.Atoi(f[1])
			return v
		}
	}
	return -1
}

func main() {
	workloads := map[string]func(int){
		"spawn": wSpawn, "pingpong": wPingpong, "buffered": wBuffered,
		"select_default": wSelectDefault, "mutex": wMutex, "mutex8": wMutex8,
		"live100k": wLive, "switch": wSwitch,
	}
	if len(os.Args) != 2 || workloads[os.Args[1]] == nil {
		fmt.Fprintln(os.Stderr, "usage: bench WORKLOAD")
		os.Exit(2)
	}
	name := os.Args[1]
	fn := workloads[name]
	if name == "switch" {
		runtime.GOMAXPROCS(1) // the raw switch cost, as CO_PROCS=1 on the C side
	}
	n := 0
	if name == "live100k" {
		n = 100000
	} else {
		n = 1024
		for {
			t0 := time.Now()
			fn(n)
			dt := time.Since(t0)
			if dt > 50*time.Millisecond || n > 1<<34 {
				n = int(float64(n) * float64(200*time.Millisecond) / float64(dt))
				break
			}
			n *= 4
		}
		n = (n + 63) / 64 * 64
	}
	best := 1e300
	reps := 3
	if name == "live100k" {
		reps = 1 // one run of exactly 100,000, as on the C side
	}
	for rep := 0; rep < reps; rep++ {
		t0 := time.Now()
		fn(n)
		ns := float64(time.Since(t0).Nanoseconds()) / float64(n)
		if ns < best {
			best = ns
		}
	}
	if name == "live100k" {
		fmt.Printf("%s %.2f %d\n", name, best, vmHWM())
	} else {
		fmt.Printf("%s %.2f\n", name, best)
	}
}
