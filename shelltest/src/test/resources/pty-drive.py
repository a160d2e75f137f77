# Drives a command on a pseudo-terminal as a user at a keyboard: for each (keys, expected) pair given as
# arguments after '--', types the keys and waits until the screen shows the expected text. Prints the
# whole screen at the end; exits 1 when an expected text did not show within its time.
import os, pty, sys, time, select, fcntl, termios, struct

sep = sys.argv.index('--')
command, steps = sys.argv[1:sep], sys.argv[sep + 1:]
pid, fd = pty.fork()
if pid == 0:
    os.environ['TERM'] = 'xterm'
    os.execvp(command[0], command)
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 24, 120, 0, 0))
screen = b''
seen = 0

def wait_for(text, seconds):
    global screen, seen
    end = time.time() + seconds
    while time.time() < end:
        i = screen.find(text.encode(), seen)
        if i >= 0:
            seen = i + len(text)
            return True
        r, _, _ = select.select([fd], [], [], 0.2)
        if r:
            try:
                data = os.read(fd, 65536)
            except OSError:
                return False
            if not data:
                return False
            screen += data
    return False

ok = True
for i in range(0, len(steps), 2):
    keys = steps[i].encode().decode('unicode_escape')
    if keys:
        os.write(fd, keys.encode())
    if not wait_for(steps[i + 1], 90):
        sys.stdout.write('NOT SHOWN: ' + repr(steps[i + 1]) + '\n')
        ok = False
        break
os.kill(pid, 9) if not ok else os.waitpid(pid, 0)
sys.stdout.write(screen.decode(errors='replace'))
sys.exit(0 if ok else 1)
