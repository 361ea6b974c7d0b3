"""Over-removal and interaction check on real text: inject site furniture (menus,
switchers, toolbars, read-more boxes, polls, comment forms, teaser lists, footers) into
real articles that have none, and compare the cleaner's result with its result on the
untouched article. Every line of the untouched result must survive; the furniture must go.

    CLEAN_BIN=target/release/examples/clean_file \
    CLEAN_REAL=/tmp/real/public python3 plugins/clean/tools/inject_furniture.py SEED N

With CLEAN_BLOCKS=1 the page gets blank lines between paragraphs and widgets (the layout
of the held-out corpus); without it, every line follows the last (the real articles' own
layout).

The furniture lines are written for this check; the articles are generated locally with
/work/shared/tools/real_corpus.py and are never committed.
"""
import json, random, subprocess, glob, os, sys, tempfile
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
BIN=os.environ.get('CLEAN_BIN','/work/target-cleaner/release/examples/clean_file')
TOP=[["Tiếng Việt | English"],["VI | EN | 中文"],["Trang chủ › Xã hội › Giáo dục"],["Kinh tế / Thị trường"],
     ["Thời sự | Thế giới | Kinh tế | Giải trí | Thể thao"],["☰ Menu   🔍 Tìm kiếm"],["Đăng nhập | Đăng ký"],
     ["🖨 In | ✉ Gửi | 🔗 Sao chép liên kết"],["[ In bài ] [ Lưu ] [ Chia sẻ ]"],["Cỡ chữ: A- A A+"],
     ["Website sử dụng cookie để nâng cao trải nghiệm. Tiếp tục truy cập nghĩa là bạn đồng ý."],
     ["Tải ứng dụng đọc báo trên App Store | Google Play"],["Nghe bài viết ▶ 03:12"]]
MID=[["ĐỌC THÊM","Một tiêu đề bài khác về chủ đề tương tự","Thêm một tiêu đề liên quan ở tỉnh bạn"],
     ["Xem thêm: Một tiêu đề bài khác về chủ đề tương tự"],["Đọc thêm » Tiêu đề liên quan được gợi ý"],
     ["Tin liên quan:","- Tiêu đề liên quan thứ nhất","- Tiêu đề liên quan thứ hai"],
     ["📊 Bình chọn","Bạn thấy giải pháp này thế nào?","○ Hợp lý","○ Chưa hợp lý","[Bình chọn] [Xem kết quả]"],
     ["Quảng cáo"],["Video không hợp lệ"],["Trang 1 2 3 ›"]]
END=[["Từ khóa: kinh tế, xã hội"],["Tags: thời sự, đời sống"],["Đăng ký nhận bản tin mỗi sáng qua email"],
     ["Bình luận (0)","Họ tên (*)","Email (*)","[Gửi bình luận]"],["Viết bình luận của bạn..."],
     ["Tin cùng chuyên mục","• Một tiêu đề khác hôm nay","• Tiêu đề thứ hai của chuyên mục"],
     ["Đọc nhiều nhất","1. Tiêu đề đọc nhiều thứ nhất","2. Tiêu đề đọc nhiều thứ hai"],
     ["Bài viết có hữu ích với bạn không?"],["Theo dõi chúng tôi trên Facebook | YouTube"],
     ["© 2024 Báo Mẫu Điện Tử. Giấy phép số 12/GP-BTTTT."],["Về đầu trang ↑"],["‹ Trang trước | Trang sau ›"]]
TMP=tempfile.mkdtemp()
def clean(text):
    p=os.path.join(TMP,'doc.txt'); open(p,'w').write(text)
    return json.loads(subprocess.run([BIN,'--json',p],capture_output=True,text=True).stdout)
files=sorted(glob.glob(os.path.join(os.environ.get('CLEAN_REAL','/tmp/real/public'),'*.txt')))
random.shuffle(files); files=files[:int(sys.argv[2]) if len(sys.argv)>2 else 300]
lost=extra=docs=0; fields={k:0 for k in ['title','published','author','source']}; furn=kept_f=0
examples=[]
for f in files:
    lines=[l for l in open(f).read().split('\n')]
    ref=clean('\n'.join(lines))
    body_idx=[i for i,l in enumerate(lines) if l.strip()]
    if len(body_idx)<6: continue
    docs+=1
    top=random.sample(TOP,2); mid=random.choice(MID); end=random.sample(END,3)
    inj=[l for g in top for l in g]
    # mid: after ~40% of lines, end before the last 2 lines (signature/date) 
    # mid: before a long paragraph after the first third; end: after everything
    cands=[i for i in body_idx[len(body_idx)//3:-2] if len(lines[i])>=100 and lines[i].rstrip().endswith('.')]
    k=cands[0] if cands else body_idx[len(body_idx)//2]
    if os.environ.get('CLEAN_BLOCKS'):
        # The held-out layout: a blank line between paragraphs, each widget's
        # lines directly under each other.
        sep=lambda ls: [x for l in ls if l.strip() for x in (l, '')]
        grp=lambda gs: [x for g in gs for x in g + ['']]
        new=grp(top)+sep(lines[:k])+grp([mid])+sep(lines[k:])+grp(end)
    else:
        new=inj+lines[:k]+mid+lines[k:]+[l for g in end for l in g]
    furn+=len(inj)+len(mid)+sum(len(g) for g in end)
    got=clean('\n'.join(new))
    rb=set(ref['body']); gb=set(got['body'])
    l=[p for p in ref['body'] if p not in gb]; x=[p for p in got['body'] if p not in rb]
    lost+=len(l); extra+=len(x)
    for kf in fields: fields[kf]+= (got[kf]==ref[kf])
    if (l or x or got['title']!=ref['title']) and len(examples)<12: examples.append((os.path.basename(f),l[:2],x[:3],ref['title'],got['title']))
print(f"docs {docs} injected furniture lines {furn}: kept {extra}; reference body lines lost {lost}")
print({k:f"{v}/{docs}" for k,v in fields.items()})
for e in examples: print(e)
