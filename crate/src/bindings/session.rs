//! `PythonSession`: a Python run driven from JS in slices, so a page can show the trace while
//! the program runs, cancel it between slices, and answer the `manual` policy's questions.
//!
//! Each `run(maxSteps, maxEvents)` returns what is new since the last call: output text, up to
//! `maxEvents` trace events (the rest wait for the next call or `events(from, max)`), the threads'
//! states and the virtual time. `finish()` gives how the run ended, its schedule string and its
//! trace hash (the same as the native runner's for the same inputs).

use super::exit_name;
use crate::scheduler::Settings;
use crate::trace::{Event, EventKind};
use crate::vm::session::{Session, Status};
use crate::vm::{Budget, Program};
use wasm_bindgen::prelude::*;

/// What a page may set for a session (every field optional).
#[derive(serde::Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct Options {
    policy: Option<String>,
    seed: Option<f64>,
    cores: Option<f64>,
    schedule: Option<String>,
    max_steps: Option<f64>,
    stdin: Option<String>,
    start: Option<String>,
}

/// The option names [`Options`] accepts.
const KNOWN_OPTIONS: &[&str] = &[
    "policy", "seed", "cores", "schedule", "maxSteps", "stdin", "start",
];

/// A Python program being run slice by slice.
#[wasm_bindgen]
pub struct PythonSession {
    session: Session,
    events_sent: usize,
    stdout_sent: usize,
    stderr_sent: usize,
}

/// One trace event as JS sees it: `kind` names it, the other fields depend on the kind.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct JsEvent<'a> {
    step: f64,
    time_ns: f64,
    thread: u32,
    line: u32,
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    number: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    library: Option<&'a str>,
}

impl<'a> JsEvent<'a> {
    fn of(e: &'a Event) -> JsEvent<'a> {
        let (text, number, library): (Option<&str>, Option<f64>, Option<&str>) = match &e.kind {
            EventKind::Spawn { child, name } => (Some(name), Some(f64::from(*child)), None),
            EventKind::Block { on } => (Some(on), None, None),
            EventKind::Wake { timeout } => (None, Some(f64::from(u8::from(*timeout))), None),
            EventKind::Acquire { lock } | EventKind::Release { lock } => {
                (None, Some(f64::from(*lock)), None)
            }
            EventKind::ClockJump { to_ns } => (None, Some(*to_ns as f64), None),
            EventKind::Output { stream, text } => (Some(text), Some(f64::from(*stream)), None),
            EventKind::Library { kind, text } => (Some(text), None, Some(kind)),
            EventKind::Race { text }
            | EventKind::LostUpdate { text }
            | EventKind::Narration { text } => (Some(text), None, None),
            EventKind::Deadlock { report } => (Some(report), None, None),
            EventKind::Run | EventKind::Finish => (None, None, None),
        };
        JsEvent {
            step: e.step as f64,
            time_ns: e.time_ns as f64,
            thread: e.thread,
            line: e.line,
            kind: e.kind.name(),
            text,
            number,
            library,
        }
    }
}

/// A thread's state for the page.
#[derive(serde::Serialize)]
struct JsThread {
    id: u32,
    name: String,
    state: &'static str,
    line: u32,
    pid: f64,
}

/// A thread the caller may choose (manual policy).
#[derive(serde::Serialize)]
struct JsChoice {
    thread: u32,
    name: String,
    line: u32,
}

/// What one slice produced.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Slice<'a> {
    /// `paused`, `choose` or `done`.
    status: &'static str,
    choices: Vec<JsChoice>,
    stdout: &'a str,
    stderr: &'a str,
    events: Vec<JsEvent<'a>>,
    /// Events recorded but not delivered yet.
    events_left: f64,
    steps: f64,
    time_ns: f64,
    threads: Vec<JsThread>,
}

/// How the run ended.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Finished {
    exit: &'static str,
    status: i32,
    steps: f64,
    schedule: String,
    trace_hash: String,
    events: f64,
    dropped: f64,
    /// A replayed run that left its schedule: where (absent otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    replay_warning: Option<String>,
}

fn whole(v: f64, what: &str, lo: f64, hi: f64) -> Result<f64, JsError> {
    if v.is_finite() && v.fract() == 0.0 && (lo..=hi).contains(&v) {
        Ok(v)
    } else {
        Err(JsError::new(&format!(
            "{what} must be a whole number from {lo} to {hi}, not {v}"
        )))
    }
}

fn to_js<T: serde::Serialize>(v: &T) -> Result<JsValue, JsError> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

#[wasm_bindgen]
impl PythonSession {
    /// Compile `source` and get ready to run it. `options`: `{ policy, seed, cores, schedule,
    /// maxSteps, stdin, start }` (`start`: a UTC date such as "2024-01-01T09:00:00"), each optional. Bad options fail with a message naming the field.
    #[wasm_bindgen(constructor)]
    pub fn new(source: &str, options: JsValue) -> Result<PythonSession, JsError> {
        let o: Options = if options.is_undefined() || options.is_null() {
            Options::default()
        } else {
            // serde-wasm-bindgen reads only the fields it knows: look for others here.
            for key in js_sys::Object::keys(&js_sys::Object::from(options.clone())).iter() {
                let key = key.as_string().unwrap_or_default();
                if !KNOWN_OPTIONS.contains(&key.as_str()) {
                    return Err(JsError::new(&format!(
                        "session options: unknown option '{key}' (known: {})",
                        KNOWN_OPTIONS.join(", ")
                    )));
                }
            }
            serde_wasm_bindgen::from_value(options)
                .map_err(|e| JsError::new(&format!("session options: {e}")))?
        };
        let defaults = Settings::default();
        let settings = Settings {
            policy: o.policy.unwrap_or(defaults.policy),
            seed: match o.seed {
                Some(s) => whole(s, "the seed", 0.0, 9_007_199_254_740_991.0)? as u64,
                None => 0,
            },
            cores: match o.cores {
                Some(c) => whole(
                    c,
                    "the core count",
                    1.0,
                    f64::from(crate::scheduler::MAX_CORES),
                )? as u32,
                None => defaults.cores,
            },
            schedule: o.schedule,
            start_unix: match &o.start {
                Some(s) => crate::scheduler::clock::parse_start(s).map_err(|e| JsError::new(&e))?,
                None => defaults.start_unix,
            },
            ..defaults
        };
        crate::scheduler::Scheduler::new(&settings).map_err(|e| JsError::new(&e))?;
        let steps = match o.max_steps {
            Some(s) => whole(s, "the step budget", 1.0, super::MAX_STEPS_LIMIT)? as u64,
            None => Budget::default().steps,
        };
        let stdin = o.stdin.unwrap_or_default();
        let session = Session::new(&Program {
            source,
            filename: "main.py",
            stdin: &stdin,
            argv: &[],
            budget: Budget {
                steps,
                ..Budget::default()
            },
            settings,
            hints: super::page_hints(),
        });
        Ok(PythonSession {
            session,
            events_sent: 0,
            stdout_sent: 0,
            stderr_sent: 0,
        })
    }

    /// Run at most `max_steps` more instructions; return what is new, with at most `max_events`
    /// trace events.
    pub fn run(&mut self, max_steps: f64, max_events: f64) -> Result<JsValue, JsError> {
        let steps = whole(max_steps, "max_steps", 1.0, super::MAX_STEPS_LIMIT)? as u64;
        let max_events = whole(max_events, "max_events", 0.0, 1e7)? as usize;
        let (status, choices) = match self.session.run(steps) {
            Status::Paused => ("paused", Vec::new()),
            Status::Done => ("done", Vec::new()),
            Status::Choose(cs) => (
                "choose",
                cs.into_iter()
                    .map(|c| JsChoice {
                        thread: c.thread,
                        name: c.name,
                        line: c.line,
                    })
                    .collect(),
            ),
        };
        let vm = self.session.vm();
        let stdout = vm.stdout.get(self.stdout_sent..).unwrap_or("");
        let stderr = vm.stderr.get(self.stderr_sent..).unwrap_or("");
        let chunk = vm.trace.chunk(self.events_sent, max_events);
        let total = vm.trace.events().len();
        let slice = Slice {
            status,
            choices,
            stdout,
            stderr,
            events: chunk.iter().map(JsEvent::of).collect(),
            events_left: (total - self.events_sent - chunk.len()) as f64,
            steps: vm.steps as f64,
            time_ns: vm.sched.clock.now(vm.steps) as f64,
            threads: vm
                .sched
                .threads
                .iter()
                .map(|t| JsThread {
                    id: t.id.0,
                    name: t.name.clone(),
                    state: t.state.code(),
                    line: t.line,
                    pid: vm
                        .sched
                        .processes
                        .get(t.process as usize)
                        .map(|p| p.pid as f64)
                        .unwrap_or(0.0),
                })
                .collect(),
        };
        let value = to_js(&slice)?;
        self.events_sent += chunk.len();
        self.stdout_sent = vm.stdout.len();
        self.stderr_sent = vm.stderr.len();
        Ok(value)
    }

    /// Trace events from index `from`, at most `max` (to fetch what a slice left for later, or
    /// to page through the trace again).
    pub fn events(&mut self, from: f64, max: f64) -> Result<JsValue, JsError> {
        let from = whole(from, "from", 0.0, 1e12)? as usize;
        let max = whole(max, "max", 0.0, 1e7)? as usize;
        let vm = self.session.vm();
        let chunk = vm.trace.chunk(from, max);
        let events: Vec<JsEvent> = chunk.iter().map(JsEvent::of).collect();
        let value = to_js(&events)?;
        self.events_sent = self.events_sent.max(from + chunk.len());
        Ok(value)
    }

    /// Choose the thread to run next after a `choose` status; it runs `steps` instructions.
    pub fn choose(&mut self, thread: u32, steps: f64) -> Result<(), JsError> {
        let steps = whole(steps, "steps", 1.0, super::MAX_STEPS_LIMIT)? as u64;
        self.session
            .choose(thread, steps)
            .map_err(|e| JsError::new(&e))
    }

    /// How the run ended (or stands): `{ exit, status, steps, schedule, traceHash, events,
    /// dropped, replayWarning? }`.
    pub fn finish(&mut self) -> Result<JsValue, JsError> {
        let out = self.session.outcome();
        to_js(&Finished {
            exit: exit_name(&out.exit),
            status: out.status(),
            steps: out.steps as f64,
            schedule: out.schedule,
            trace_hash: format!("{:016x}", out.trace_hash),
            events: out.trace.events().len() as f64,
            dropped: out.trace.dropped as f64,
            replay_warning: out.replay_warning,
        })
    }
}
