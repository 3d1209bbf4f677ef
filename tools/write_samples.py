# Writes resources/samples/ and their expected labels. Kept in the repo so the set can be regenerated and reviewed.
import json, os, unicodedata
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MENU = "\n".join(("• " if i == 0 else "  • ") + n for i, n in enumerate(
    "An Giang|Binh Duong|Binh Phuoc|Binh Thuan|Binh Dinh|Bac Lieu|Bac Giang|Bac Kan|Bac Ninh|Ben Tre|Cao Bang|Ca Mau|Can Tho|Dien Bien|Da Nang|Da Lat|Dak Lak|Dak Nong|Dong Nai|Dong Thap|Gia Lai|Ha Noi|Ho Chi Minh|Ha Giang|Ha Nam|Ha Tinh|Hoa Binh|Hung Yen|Hai Duong|Hai Phong|Hau Giang|Khanh Hoa|Kien Giang|Kon Tum|Lai Chau|Long An|Lao Cai|Lam Dong|Lang Son|Nam Dinh|Nghe An|Ninh Binh|Ninh Thuan|Phu Tho|Phu Yen|Quang Binh|Quang Nam|Quang Ngai|Quang Ninh|Quang Tri|Soc Trang|Son La|Thanh Hoa|Thai Binh|Thai Nguyen|Thua Thien Hue|Tien Giang|Tra Vinh|Tuyen Quang|Tay Ninh|Vinh Long|Vinh Phuc|Vung Tau|Yen Bai".split("|")))
HT_NAV = "WORDS ON THE STREET Hanoi's Old Quarter by night Vietnam - Asia Smart City Summit Hanoi celebrates its Capital Day Vietnam-France cooperation conference Sea Games Covid-19 Pandemic"

def vgp(title, lead, date, caption, body):
    return f"{MENU}\n\n{title}\n\nVGP - {lead}\n\n{date}\n{title}- Ảnh 1.\n\n{caption}\n\n" + "\n\n".join(body) + "/.\n"

def hanoitimes(date, title, lead, body):
    return f"{HT_NAV}\n{date}\n\n{title}\n\n{lead}\n\n" + "\n\n".join(body) + "\n"

def vna(caption, paras, sign="./.VNA", title=None, date=None):
    head = (title + "\n" + (date + "\n" if date else "")) if title else ""
    return head + caption + " (Photo: VNA)\n" + "\n".join(paras[:-1]) + "\n" + paras[-1] + sign + "\n"

def vllf(lead, caption, paras):
    return lead + "\n" + caption + " __Photo: VNA |\n" + "\n".join(paras[:-1]) + "\n" + paras[-1] + "- (VLLF)\n"

def vns(title, date, dateline, lead, body):
    return f"{title}\n{date}\n\n{dateline} — {lead}\n\n" + "\n\n".join(body) + " — VNS\n"

def vnexpress(title, lead, date, body, caption):
    return f"{title}\n\n{lead}\n\n{date}\n\n" + "\n\n".join(body[:1]) + f"\n\n{caption}. Photo by VnExpress/Staff\n\n" + "\n\n".join(body[1:]) + "\n"

def tuoitre(title, date, body, caption):
    return f"{title}\n{date}\n\n" + "\n\n".join(body[:1]) + f"\n\n{caption} Photo: Tuoi Tre\n\n" + "\n\n".join(body[1:]) + "\n"

def write(folder, name, text, title, published, about, mentioned, crlf=False, nfd=False, source=None):
    os.makedirs(folder, exist_ok=True)
    if nfd:
        text = unicodedata.normalize("NFD", text)
    data = text.replace("\n", "\r\n") if crlf else text
    with open(os.path.join(folder, name), "w", encoding="utf-8", newline="") as f:
        f.write(data)
    exp = {"file": name, "title": title, "published": published, "about": sorted(about),
           "mentioned": sorted(set(mentioned) | set(about))}
    if source:
        exp["source"] = source
    return exp
