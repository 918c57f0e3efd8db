//! The precheck command line.
//!
//!   precheck check [FILE|-] [--jsonl] [--lang en|zh] [--date YYYY-MM-DD]
//!   precheck suggest "TEXT" [--limit N] [--lang en|zh]
//!   precheck rules [--lang en|zh]
//!
//! Exit status: 0 when the input could be read, 2 when it could not.

use precheck::date::Date;
use precheck::messages::Lang;
use precheck::{check_str, Options};
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage:
  precheck check [FILE|-] [--jsonl] [--lang en|zh] [--date YYYY-MM-DD]
  precheck suggest \"TEXT\" [--limit N] [--lang en|zh] [--date YYYY-MM-DD]
  precheck rules
  precheck version";

struct Args {
    command: String,
    positional: Vec<String>,
    jsonl: bool,
    limit: usize,
    options: Options,
}

fn parse_args(raw: Vec<String>) -> Result<Args, String> {
    let mut it = raw.into_iter();
    let command = it.next().ok_or_else(|| USAGE.to_string())?;
    let mut args = Args { command, positional: Vec::new(), jsonl: false, limit: 5, options: Options::default() };
    while let Some(a) = it.next() {
        match a.as_str() {
            "--jsonl" => args.jsonl = true,
            "--lang" => {
                let v = it.next().ok_or("--lang needs en or zh")?;
                args.options.lang = Lang::parse(&v).ok_or_else(|| format!("--lang must be en or zh, not {v}"))?;
            }
            "--date" => {
                let v = it.next().ok_or("--date needs YYYY-MM-DD")?;
                args.options.date = Some(Date::parse(&v).ok_or_else(|| format!("--date must be YYYY-MM-DD, not {v}"))?);
            }
            "--limit" => {
                let v = it.next().ok_or("--limit needs a number")?;
                args.limit =
                    v.parse().ok().filter(|n| *n > 0).ok_or_else(|| format!("--limit must be a positive whole number, not {v}"))?;
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n{USAGE}")),
            _ => args.positional.push(a),
        }
    }
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1).collect()) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let result = match args.command.as_str() {
        "check" if args.jsonl => check_lines(&args),
        "check" => check_one(&args),
        "suggest" => suggest(&args),
        "rules" => print_json(&precheck::rules()),
        "version" => {
            println!("precheck {} (data {})", precheck::VERSION, precheck::data_version());
            Ok(())
        }
        other => Err(format!("unknown command {other}\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("precheck: {e}");
            ExitCode::from(2)
        }
    }
}

fn open(args: &Args) -> Result<Box<dyn BufRead>, String> {
    match args.positional.first().map(String::as_str) {
        None | Some("-") => Ok(Box::new(io::BufReader::new(io::stdin()))),
        Some(path) => std::fs::File::open(path)
            .map(|f| Box::new(io::BufReader::new(f)) as Box<dyn BufRead>)
            .map_err(|e| format!("cannot read {path}: {e}")),
    }
}

fn print_json<T: serde::Serialize>(value: &T) -> Result<(), String> {
    let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    let mut out = io::stdout().lock();
    writeln!(out, "{text}").map_err(|e| e.to_string())
}

fn check_one(args: &Args) -> Result<(), String> {
    let mut input = String::new();
    open(args)?.read_to_string(&mut input).map_err(|e| format!("cannot read input: {e}"))?;
    let report = check_str(&input, &args.options).map_err(|e| e.to_string())?;
    print_json(&report)
}

/// One declaration a line, one report a line, in order, in constant memory. A line that
/// is no declaration yields {"error": "..."} and the run goes on.
fn check_lines(args: &Args) -> Result<(), String> {
    let reader = open(args)?;
    let mut out = BufWriter::new(io::stdout().lock());
    for line in reader.split(b'\n') {
        let line = line.map_err(|e| format!("cannot read input: {e}"))?;
        let text = String::from_utf8_lossy(&line);
        let text = text.trim();
        if text.is_empty() {
            continue;
        }
        let json = match check_str(text, &args.options) {
            Ok(report) => serde_json::to_string(&report),
            Err(e) => serde_json::to_string(&serde_json::json!({ "error": e.to_string() })),
        }
        .map_err(|e| e.to_string())?;
        writeln!(out, "{json}").map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}

fn suggest(args: &Args) -> Result<(), String> {
    let text = args.positional.join(" ");
    if text.trim().is_empty() {
        return Err(format!("suggest needs a description\n{USAGE}"));
    }
    print_json(&precheck::suggest_hs_codes(&text, args.limit))
}
