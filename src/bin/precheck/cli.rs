//! The command line proper (native only).

use clap::{Args, Parser, Subcommand};
use precheck::base::date::Date;
use precheck::engine::CheckError;
use precheck::faces::bulk::Defaults;
use precheck::knowledge::messages::Lang;
use precheck::{check_str, Options};
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "precheck",
    version,
    about = "Pre-checks an export declaration: what customs will stop on, and how to fix it.",
    long_about = "Pre-checks an export declaration leaving China (post, express or general trade): vague descriptions, \
HS codes, values and thresholds, China's clearance category, customs mode and export VAT refund, declaration \
elements, prohibited and restricted goods, batteries, documents and the channel that suits. Everything runs \
on this machine; nothing is sent anywhere.\n\nExit status: 0 when the input could be read, 2 when it could not."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
struct Common {
    /// Language of messages and reasons: en or zh.
    #[arg(long, default_value = "en", value_parser = parse_lang)]
    lang: Lang,
    /// Evaluate the rules as of this date (YYYY-MM-DD); overrides the declaration's own date.
    #[arg(long, value_parser = parse_date)]
    date: Option<Date>,
}

/// Where the goods go, for declarations and listings that do not say (a marketplace's
/// listings export names no destination): used only where the input gives none.
#[derive(Args, Clone, Default)]
struct DefaultArgs {
    /// Destination (ISO 3166 alpha-2, e.g. US) for declarations that give none.
    #[arg(long)]
    destination: Option<String>,
    /// Currency of the amounts (ISO 4217, e.g. USD) for declarations that give none.
    #[arg(long)]
    currency: Option<String>,
    /// Channel (postal, express or general-trade) for declarations that give none.
    #[arg(long, value_parser = ["postal", "express", "general-trade"])]
    channel: Option<String>,
}

impl DefaultArgs {
    fn fields(&self) -> Vec<(&str, &str)> {
        [("destination", &self.destination), ("currency", &self.currency), ("channel", &self.channel)]
            .into_iter()
            .filter_map(|(name, value)| Some((name, value.as_deref()?)))
            .collect()
    }
}

impl Common {
    fn options(&self) -> Options {
        Options { lang: self.lang, date: self.date, ..Options::default() }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Check one declaration (JSON) and print its report as JSON.
    Check {
        /// The declaration file; '-' or nothing reads standard input.
        file: Option<String>,
        /// Read one declaration a line and print one report a line, in order; a line that
        /// is no declaration gives {"error": "..."} on its line and the run goes on.
        #[arg(long, conflicts_with = "csv")]
        jsonl: bool,
        /// Read a CSV of listings (a header with at least `description`; rows sharing an
        /// `order` form one declaration; UTF-8 with or without BOM, or GB18030) and print
        /// every row, in order, with verdict, lane, findings and suggestedHsCode added.
        #[arg(long)]
        csv: bool,
        #[command(flatten)]
        defaults: DefaultArgs,
        #[command(flatten)]
        common: Common,
    },
    /// Suggest HS codes for a goods description, as JSON.
    Suggest {
        /// The goods description, in English or Chinese.
        #[arg(required = true, num_args = 1..)]
        text: Vec<String>,
        /// How many suggestions at most.
        #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u16).range(1..=50))]
        limit: u16,
        /// 6 for HS subheadings, 10 for China's 10-digit tariff lines (for declaration forms).
        #[arg(long, default_value_t = 6, value_parser = parse_digits)]
        digits: u8,
        #[command(flatten)]
        common: Common,
    },
    /// Print the declaration elements (申报要素) China's 2026 tariff asks for under a code.
    Elements {
        /// An HS code of 6 to 10 digits (dots and spaces allowed).
        code: String,
    },
    /// Print a document (cn22, cn23, commercial-invoice, packing-list) as printable HTML.
    Document {
        /// cn22, cn23, commercial-invoice or packing-list.
        kind: String,
        /// The declaration file; '-' or nothing reads standard input.
        file: Option<String>,
        /// Page size: a4, or label (4 x 6 in, for the CN22).
        #[arg(long, default_value = "a4", value_parser = ["a4", "label"])]
        size: String,
    },
    /// Print every rule with its code, default severity and explanation, as JSON.
    Rules {
        #[command(flatten)]
        common: Common,
    },
    /// Print the program and reference-data versions.
    Version,
}

fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::parse(text).ok_or_else(|| format!("must be en or zh, not {text}"))
}

fn parse_digits(text: &str) -> Result<u8, String> {
    match text {
        "6" => Ok(6),
        "10" => Ok(10),
        _ => Err(format!("must be 6 or 10, not {text}")),
    }
}

fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text).ok_or_else(|| format!("must be YYYY-MM-DD, not {text}"))
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version are not errors.
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        Command::Check { file, jsonl: true, defaults, common, .. } => check_lines(file.as_deref(), &common.options(), &defaults.fields()),
        Command::Check { file, csv: true, defaults, common, .. } => check_csv(file.as_deref(), &common.options(), &defaults.fields()),
        Command::Check { file, defaults, common, .. } => check_one(file.as_deref(), &common.options(), &defaults.fields()),
        Command::Suggest { text, limit, digits, common } => {
            let text = text.join(" ");
            if text.trim().is_empty() {
                Err("suggest needs a description".to_string())
            } else {
                print_json(&precheck::suggest_hs_codes_with(&text, limit as usize, common.lang, digits))
            }
        }
        Command::Elements { code } => {
            let elements = precheck::declaration_elements(&code);
            // Printed all the same (no lines, no elements), with the reason beside it.
            if elements.lines == 0 {
                eprintln!("precheck: {code:?} names no line of China's 2026 tariff (give 4 to 10 digits of a real code)");
            }
            print_json(&elements)
        }
        Command::Document { kind, file, size } => document(&kind, file.as_deref(), &size),
        Command::Rules { common } => print_json(&precheck::rules_in(common.lang)),
        Command::Version => {
            writeln!(io::stdout(), "precheck {} (data {})", precheck::VERSION, precheck::data_version()).map_err(write_error)
        }
    };
    match result {
        // A reader that stops early (`| head`) is not a failure.
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e == PIPE_CLOSED => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("precheck: {e}");
            ExitCode::from(2)
        }
    }
}

fn open(file: Option<&str>) -> Result<Box<dyn BufRead + Send>, String> {
    match file {
        None | Some("-") => Ok(Box::new(io::BufReader::new(io::stdin()))),
        Some(path) => std::fs::File::open(path)
            .map(|f| Box::new(io::BufReader::with_capacity(1 << 16, f)) as Box<dyn BufRead + Send>)
            .map_err(|e| format!("cannot read {path}: {e}")),
    }
}

/// What a write to standard output gives when its reader has gone (`| head`): the
/// command stops there and exits 0, as Unix tools do, instead of printing an error.
const PIPE_CLOSED: &str = "standard output closed";

/// A failed write to standard output, as the command's error.
fn write_error(e: io::Error) -> String {
    if e.kind() == io::ErrorKind::BrokenPipe {
        PIPE_CLOSED.to_string()
    } else {
        format!("cannot write the output: {e}")
    }
}

/// A failed write of a CSV record, as the command's error.
fn csv_write_error(e: csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::Io(io) if io.kind() == io::ErrorKind::BrokenPipe => PIPE_CLOSED.to_string(),
        _ => format!("cannot write the output: {e}"),
    }
}

fn print_json<T: serde::Serialize>(value: &T) -> Result<(), String> {
    let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    let mut out = io::stdout().lock();
    writeln!(out, "{text}").map_err(write_error)
}

fn document(kind: &str, file: Option<&str>, size: &str) -> Result<(), String> {
    let mut input = String::new();
    open(file)?.read_to_string(&mut input).map_err(|e| format!("cannot read input: {e}"))?;
    let value = precheck::read_json(&input).map_err(|e| e.0)?;
    let size = if size == "label" { precheck::report::forms::PageSize::Label } else { precheck::report::forms::PageSize::A4 };
    let html = precheck::report::forms::render(&value, kind, size).map_err(|e| e.0)?;
    io::stdout().lock().write_all(html.as_bytes()).map_err(write_error)
}

fn check_csv(file: Option<&str>, options: &Options, defaults: Defaults) -> Result<(), String> {
    use std::io::IsTerminal;
    let mut bytes = Vec::new();
    open(file)?.read_to_end(&mut bytes).map_err(|e| format!("cannot read input: {e}"))?;
    let (header, rows, separator) = precheck::faces::csv_input::read_listings(&bytes);
    if header.is_empty() {
        return Err("the CSV has no header row".into());
    }
    let started = std::time::Instant::now();
    let terminal = io::stderr().is_terminal();
    let total = rows.len();
    let mut last = 0;
    // A semicolon-separated file comes from a spreadsheet whose decimal mark is the comma.
    let decimals = if separator == b';' { precheck::faces::bulk::Decimals::Comma } else { precheck::faces::bulk::Decimals::Point };
    let results = precheck::faces::bulk::check_rows_with_progress(&header, &rows, options, decimals, defaults, &mut |done| {
        if terminal && (done - last >= 100 || done == total) {
            last = done;
            let rate = done as f64 / started.elapsed().as_secs_f64().max(1e-6);
            let filled = done * 30 / total.max(1);
            eprint!("\r[{}{}] {done}/{total} rows, {rate:.0} rows/s", "#".repeat(filled), " ".repeat(30 - filled));
        }
    });
    if terminal {
        eprintln!();
    }
    // Written back with the separator the file came with, so the spreadsheet that wrote
    // it reads the report.
    let mut writer = csv::WriterBuilder::new().delimiter(separator).from_writer(BufWriter::new(io::stdout().lock()));
    let out_header: Vec<&str> = header.iter().map(String::as_str).chain(precheck::faces::bulk::RESULT_COLUMNS.iter().copied()).collect();
    writer.write_record(&out_header).map_err(csv_write_error)?;
    for (row, result) in rows.iter().zip(&results) {
        // Every row has the header's width, padded or cut, so the table stays a table.
        let mut fields: Vec<&str> = match row {
            Ok(fields) => fields.iter().map(String::as_str).collect(),
            Err(_) => Vec::new(),
        };
        fields.resize(header.len(), "");
        fields.extend([result.verdict.as_str(), result.lane.as_str(), result.findings.as_str(), result.suggested_hs_code.as_str()]);
        writer.write_record(&fields).map_err(csv_write_error)?;
    }
    writer.flush().map_err(write_error)
}

fn check_one(file: Option<&str>, options: &Options, defaults: Defaults) -> Result<(), String> {
    let mut input = String::new();
    open(file)?.read_to_string(&mut input).map_err(|e| format!("cannot read input: {e}"))?;
    let report = check_with(&input, options, defaults).map_err(|e| e.to_string())?;
    print_json(&report)
}

/// One declaration's report, `defaults` filled into it where it gives none.
fn check_with(text: &str, options: &Options, defaults: Defaults) -> Result<precheck::report::Report, CheckError> {
    if defaults.is_empty() {
        return check_str(text, options);
    }
    let mut declaration = precheck::read_json(text).map_err(CheckError::NotADeclaration)?;
    precheck::faces::bulk::with_defaults(&mut declaration, defaults);
    precheck::check_tree(&declaration, options)
}

/// Appends one line's report (or its error) as one JSON line to `out`; nothing for a
/// blank line.
fn report_line(line: &[u8], options: &Options, defaults: Defaults, out: &mut Vec<u8>) {
    let text = String::from_utf8_lossy(line);
    let text = text.trim();
    if text.is_empty() {
        return;
    }
    let start = out.len();
    let written = match check_with(text, options, defaults) {
        Ok(report) => precheck::report::json::write(out, &report).map_err(|e| e.to_string()),
        Err(e) => serde_json::to_writer(&mut *out, &serde_json::json!({ "error": e.to_string() })).map_err(|e| e.to_string()),
    };
    if let Err(e) = written {
        out.truncate(start);
        out.extend_from_slice(format!("{{\"error\": \"cannot write the report: {e}\"}}").as_bytes());
    }
    out.push(b'\n');
}

/// One declaration a line, one report a line, in input order. Lines are read in batches;
/// the cores take a batch's lines a few at a time (so one slow stretch does not leave a
/// core idle), and a writer thread writes one batch's reports while the next is checked.
/// Memory stays bounded by two batches. The writer hands each written buffer back for
/// the next batch: fresh buffers for 200 MB of reports cost the kernel a tenth of the
/// run zeroing new pages.
fn check_lines(file: Option<&str>, options: &Options, defaults: Defaults) -> Result<(), String> {
    const BATCH: usize = 512;
    // Lines a worker takes at a time: small enough to even out, large enough that the
    // shared counter is not contended.
    const TAKE: usize = 16;
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 16);
    let mut reader = open(file)?;
    let spare = std::sync::Mutex::new(Vec::<Vec<u8>>::new());
    std::thread::scope(|scope| {
        let (to_writer, batches) = std::sync::mpsc::sync_channel::<Vec<Vec<u8>>>(1);
        let spare = &spare;
        let writer = scope.spawn(move || -> Result<(), String> {
            let mut out = io::stdout().lock();
            for reports in batches {
                for mut chunk in reports {
                    out.write_all(&chunk).map_err(write_error)?;
                    chunk.clear();
                    spare.lock().map_err(|e| e.to_string())?.push(chunk);
                }
            }
            out.flush().map_err(write_error)
        });
        let mut batch: Vec<Vec<u8>> = Vec::with_capacity(BATCH);
        loop {
            batch.clear();
            for _ in 0..BATCH {
                let mut line = Vec::new();
                if reader.read_until(b'\n', &mut line).map_err(|e| format!("cannot read input: {e}"))? == 0 {
                    break;
                }
                batch.push(line);
            }
            if batch.is_empty() {
                break;
            }
            let reports = check_batch(&batch, workers, TAKE, options, defaults, spare);
            // The writer stops only on a write error (a closed pipe): report it below.
            if to_writer.send(reports).is_err() {
                break;
            }
            if batch.len() < BATCH {
                break;
            }
        }
        drop(to_writer);
        writer.join().unwrap_or_else(|_| Err("the writer stopped".into()))
    })
}

/// The reports of a batch of lines, in order, as JSON lines `take` lines to a buffer
/// (one from `spare` when there is one), checked on `workers` threads that take `take`
/// lines at a time.
fn check_batch(
    batch: &[Vec<u8>],
    workers: usize,
    take: usize,
    options: &Options,
    defaults: Defaults,
    spare: &std::sync::Mutex<Vec<Vec<u8>>>,
) -> Vec<Vec<u8>> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let done: Vec<Vec<(usize, Vec<u8>)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers.min(batch.len().div_ceil(take)))
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let start = next.fetch_add(take, std::sync::atomic::Ordering::Relaxed);
                        let Some(lines) = batch.get(start..(start + take).min(batch.len())).filter(|l| !l.is_empty()) else { break };
                        // Sized for the usual reports (10-20 KB a line): few reallocations.
                        let reused = spare.lock().ok().and_then(|mut spare| spare.pop());
                        let mut out = reused.unwrap_or_else(|| Vec::with_capacity(lines.len() * 16 * 1024));
                        for line in lines {
                            report_line(line, options, defaults, &mut out);
                        }
                        mine.push((start / take, out));
                    }
                    mine
                })
            })
            .collect();
        // The core never panics (tests/never_panics.rs); should a worker die anyway, the
        // lines it took get an error line each below, so no row is lost.
        handles.into_iter().map(|h| h.join().unwrap_or_default()).collect()
    });
    let mut chunks: Vec<Option<Vec<u8>>> = vec![None; batch.len().div_ceil(take)];
    for (i, out) in done.into_iter().flatten() {
        chunks[i] = Some(out);
    }
    let lost = |lines: &[Vec<u8>]| {
        let error = "{\"error\": \"internal error while checking this line\"}\n";
        lines.iter().filter(|l| !String::from_utf8_lossy(l).trim().is_empty()).flat_map(|_| error.bytes()).collect()
    };
    chunks.into_iter().zip(batch.chunks(take)).map(|(chunk, lines)| chunk.unwrap_or_else(|| lost(lines))).collect()
}
