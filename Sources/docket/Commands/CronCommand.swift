import ArgumentParser
import DocketModel
import DocketStore
import Foundation

/// `docket cron --print`: the schedule lines for this knowledge base.
struct CronCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cron",
        abstract: "Print crontab lines and systemd timers that keep this knowledge base fresh.",
        discussion: """
            Prints, for the current knowledge base: an update every --every (quiet, waiting for a \
            running update instead of overlapping it, its errors appended to logs/cron.log) and a \
            weekly briefing written on Monday morning into --briefs (default: config \
            briefing.output_directory, else the knowledge base's briefs/ folder). Nothing is \
            installed: copy the crontab lines into `crontab -e`, or the systemd units into \
            ~/.config/systemd/user/ and run `systemctl --user enable --now docket-update.timer docket-brief.timer`.

            Each update also writes a JSON Lines log of the run under logs/; `docket feeds status` \
            shows failing feeds first.
            """)

    @Flag(help: "Print the lines (required: this command only prints).") var print = false
    @Option(help: "How often to update: 15m, 30m, 1h, 2h, 3h, 4h, 6h, 12h or 1d.") var every = "1h"
    @Option(help: "Folder the weekly briefing is written to.") var briefs: String?
    @Option(help: "Only one kind: crontab or systemd (default both).") var format: Format?
    @OptionGroup var global: GlobalOptions

    enum Format: String, ExpressibleByArgument, CaseIterable { case crontab, systemd }

    func validate() throws {
        guard print else { throw ValidationError("docket cron only prints: run `docket cron --print`") }
        guard Schedule(every) != nil else {
            throw ValidationError("--every: use 15m, 30m, 1h, 2h, 3h, 4h, 6h, 12h or 1d")
        }
    }

    func run() throws {
        let kb = try KnowledgeBaseAccess.open(global)
        let config = try KnowledgeBaseAccess.run { try kb.configuration() }
        let schedule = Schedule(every)!
        let docket = Self.executablePath()
        let root = kb.root.path
        let briefFolder = briefs ?? config.briefing.outputDirectory ?? kb.briefsURL.path
        // A minute derived from the knowledge base's path, so that many installations do not
        // all hit publishers at the top of the hour.
        let minute = Int(StableID.hash64(root) % 50) + 5
        let log = kb.logsURL.appendingPathComponent("cron.log").path
        var out = ""
        if format != .systemd {
            out += """
                # Docket: crontab lines for the knowledge base at \(root)
                # Install: crontab -e, then paste. Errors are appended to \(log).
                \(schedule.cron(minute: minute)) \(Self.quote(docket)) --kb \(Self.quote(root)) update --quiet --wait 600 >>\(Self.quote(log)) 2>&1
                30 7 * * 1 mkdir -p \(Self.quote(briefFolder)) && \(Self.quote(docket)) --kb \(Self.quote(root)) brief -o \(Self.quote(briefFolder))/"$(date -d '7 days ago' +\\%G-W\\%V).md" >>\(Self.quote(log)) 2>&1


                """
        }
        if format != .crontab {
            out += """
                # Docket: systemd user units for the knowledge base at \(root)
                # Install: save each unit below under ~/.config/systemd/user/ (file name in its first
                # comment), then: systemctl --user daemon-reload
                #                 systemctl --user enable --now docket-update.timer docket-brief.timer
                # Logs: journalctl --user -u docket-update.service

                # ~/.config/systemd/user/docket-update.service
                [Unit]
                Description=Docket: fetch due feeds into \(root)

                [Service]
                Type=oneshot
                ExecStart=\(docket) --kb \(root) update --quiet --wait 600

                # ~/.config/systemd/user/docket-update.timer
                [Unit]
                Description=Docket: update every \(every)

                [Timer]
                OnCalendar=\(schedule.systemd(minute: minute))
                Persistent=true
                RandomizedDelaySec=60

                [Install]
                WantedBy=timers.target

                # ~/.config/systemd/user/docket-brief.service
                [Unit]
                Description=Docket: weekly briefing from \(root)

                [Service]
                Type=oneshot
                ExecStart=/bin/sh -c 'mkdir -p \(briefFolder) && exec \(docket) --kb \(root) brief -o \(briefFolder)/$$(date -d "7 days ago" +%%G-W%%V).md'

                # ~/.config/systemd/user/docket-brief.timer
                [Unit]
                Description=Docket: weekly briefing on Monday morning

                [Timer]
                OnCalendar=Mon *-*-* 07:30:00
                Persistent=true

                [Install]
                WantedBy=timers.target

                """
        }
        Console.write(Array(out.utf8))
    }

    /// The running docket's absolute path, so the printed lines work from cron's bare PATH.
    static func executablePath() -> String {
        let argument = CommandLine.arguments.first ?? "docket"
        if let resolved = realpath(argument, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        let link = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? argument
        return link
    }

    static func quote(_ s: String) -> String {
        s.allSatisfy { $0.isLetter || $0.isNumber || "/._-+:@%".contains($0) } ? s : "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// An update interval as crontab fields and a systemd OnCalendar expression.
    struct Schedule {
        let minutes: Int

        init?(_ text: String) {
            let table = ["15m": 15, "30m": 30, "1h": 60, "2h": 120, "3h": 180, "4h": 240, "6h": 360, "12h": 720, "1d": 1440]
            guard let minutes = table[text.lowercased()] else { return nil }
            self.minutes = minutes
        }

        func cron(minute: Int) -> String {
            switch minutes {
            case 15, 30: "\(minute % minutes)-59/\(minutes) * * * *"
            case 60: "\(minute) * * * *"
            case 1440: "\(minute) 5 * * *"
            default: "\(minute) */\(minutes / 60) * * *"
            }
        }

        func systemd(minute: Int) -> String {
            switch minutes {
            case 15, 30: "*-*-* *:\(String(format: "%02d", minute % minutes))/\(minutes):00"
            case 60: "*-*-* *:\(String(format: "%02d", minute)):00"
            case 1440: "*-*-* 05:\(String(format: "%02d", minute)):00"
            default: "*-*-* 00/\(minutes / 60):\(String(format: "%02d", minute)):00"
            }
        }
    }
}
